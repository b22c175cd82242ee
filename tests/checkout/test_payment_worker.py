"""The real thing in CI: a Celery worker on Redis handles a Stripe webhook and sends the order
mail to a real SMTP server, all after commit and outside any request."""
import pytest
from django.test import Client
from oscar.core.loading import get_model

from checkout.models import StripeEvent
from tests.celery_worker import wait_for, worker
from tests.smtp_server import smtp_server
from tests.checkout.buying import pay, ready_to_pay, weighed_product
from tests.checkout.test_webhooks import deliver, event

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")


@pytest.fixture
def smtp_sink():
    with smtp_server() as inbox:
        yield inbox


def test_a_worker_places_the_order_from_a_webhook_and_mails_customer_and_staff(
        seeded_store, fake_stripe, smtp_sink):
    shopper = Client(HTTP_HOST="localhost")
    ready_to_pay(shopper, weighed_product("200.00"))
    body = pay(shopper, fake_stripe, "3ds").json()
    fake_stripe.authenticate(body["payment_intent"])  # then the browser closed
    intent = fake_stripe.intent(body["payment_intent"])

    with worker(env={"EMAIL_URL": f"smtp://127.0.0.1:{smtp_sink.port}",
                     "STRIPE_LOCAL_URL": fake_stripe.url}):
        stripe_itself = Client(HTTP_HOST="localhost")
        for _ in range(3):
            assert deliver(stripe_itself, event("payment_intent.amount_capturable_updated", intent,
                                                event_id="evt_worker_test")).status_code == 200
        assert wait_for(lambda: StripeEvent.objects.filter(processed__isnull=False).exists()), (
            list(StripeEvent.objects.values()), list(Order.objects.values("number", "status")))
        assert wait_for(lambda: len(smtp_sink.messages) >= 2)

    order = Order.objects.get()
    assert order.status == "Paid"
    assert StripeEvent.objects.count() == 1
    assert sorted(rcpt[0] for rcpt, _ in smtp_sink.messages) == ["info@bodybest.ca", "marie@example.ca"]
    confirmation = next(content for rcpt, content in smtp_sink.messages if rcpt == ["marie@example.ca"])
    assert order.number.encode() in confirmation and b"text/html" in confirmation
