"""What is left half-done gets repaired; order mail never touches the order."""
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from oscar.core.loading import get_model

from checkout import stripe_gateway
from checkout.models import CardPayment
from tests.checkout.buying import pay, place_order, ready_to_pay, weighed_product
from tests.smtp_server import free_port, smtp_server

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")


def _age(minutes=30):
    CardPayment.objects.update(updated=timezone.now() - timedelta(minutes=minutes),
                               created=timezone.now() - timedelta(minutes=minutes))


def _reconcile():
    out = StringIO()
    call_command("reconcile_payments", stdout=out)
    return out.getvalue()


def test_an_authorised_payment_without_an_order_gets_its_order_and_is_captured(client, fake_stripe):
    ready_to_pay(client, weighed_product("200.00"))
    body = pay(client, fake_stripe, "3ds").json()
    fake_stripe.authenticate(body["payment_intent"])  # then the browser closed; no webhook came
    _age()
    report = _reconcile()
    order = Order.objects.get()
    assert f"requires_action -> captured, order {order.number}" in report
    assert order.status == "Paid" and fake_stripe.intent(body["payment_intent"])["status"] == "succeeded"
    assert _reconcile().strip().endswith("0 repair(s).")


def test_an_order_whose_capture_failed_is_captured_later(client, fake_stripe, monkeypatch):
    ready_to_pay(client, weighed_product("200.00"))

    def down(payment):
        raise stripe_gateway.GatewayError("connection reset")

    with monkeypatch.context() as patched:
        patched.setattr(stripe_gateway, "capture_payment_intent", down)
        place_order(client, fake_stripe)
    order = Order.objects.get()
    assert order.status == "Awaiting payment"
    assert CardPayment.objects.get().status == CardPayment.AUTHORISED
    _age()
    report = _reconcile()
    order.refresh_from_db()
    assert "authorised -> captured" in report and order.status == "Paid"


def test_a_shopper_who_left_during_3d_secure_has_the_authorisation_released(client, fake_stripe):
    ready_to_pay(client, weighed_product("200.00"))
    body = pay(client, fake_stripe, "3ds").json()
    _age()
    assert "requires_action -> canceled" in _reconcile()
    assert fake_stripe.intent(body["payment_intent"])["status"] == "canceled"
    assert not Order.objects.exists()


def test_a_payment_under_way_is_left_alone(client, fake_stripe):
    ready_to_pay(client, weighed_product("200.00"))
    pay(client, fake_stripe, "3ds")
    assert _reconcile().strip() == "0 repair(s)."
    assert CardPayment.objects.get().status == CardPayment.REQUIRES_ACTION


def test_an_authorisation_at_stripe_with_no_row_of_ours_is_released(client, fake_stripe):
    ready_to_pay(client, weighed_product("200.00"))
    body = pay(client, fake_stripe, "3ds").json()
    fake_stripe.authenticate(body["payment_intent"])
    CardPayment.objects.all().delete()  # as if the row never committed
    from django.conf import settings

    settings.STRIPE_RECONCILE_AFTER_MINUTES = -5  # the intent is seconds old
    assert f"{body['payment_intent']}: authorisation with no payment of ours, released" in _reconcile()
    assert fake_stripe.intent(body["payment_intent"])["status"] == "canceled"


def test_with_smtp_down_the_order_stands_and_the_mail_goes_once_smtp_is_back(
        client, fake_stripe, settings, django_capture_on_commit_callbacks):
    port = free_port()  # nothing listens there yet
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    ready_to_pay(client, weighed_product("200.00"))
    with django_capture_on_commit_callbacks(execute=True):
        response = place_order(client, fake_stripe)
    order = Order.objects.get()
    assert response.json()["status"] == "placed" and order.status == "Paid"
    assert order.basket.status == Basket.SUBMITTED
    payment = CardPayment.objects.get()
    assert payment.confirmation_mailed is None  # unclaimed, for the retry

    with smtp_server(port=port) as inbox:
        from checkout.tasks import send_order_mail

        send_order_mail.apply(args=[order.pk])  # what Celery's retry does
        send_order_mail.apply(args=[order.pk])  # redelivered: sends nothing twice
    assert sorted(inbox.recipients) == ["info@bodybest.ca", "marie@example.ca"]
    assert mail.outbox == []
