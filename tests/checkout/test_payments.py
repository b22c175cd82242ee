"""Paying by card through Stripe (localstripe as a real HTTP server): authorise, place, capture."""
from decimal import Decimal

import pytest
from django.core import mail
from oscar.core.loading import get_model

from checkout.models import CardPayment
from tests.checkout.buying import pay, place_order, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
D = Decimal
Order = get_model("order", "Order")
Basket = get_model("basket", "Basket")


def test_a_guest_pays_with_4242_and_the_order_is_captured_with_its_mail(
        client, fake_stripe, django_capture_on_commit_callbacks):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    with django_capture_on_commit_callbacks(execute=True):
        response = place_order(client, fake_stripe)
    order = Order.objects.get()
    assert response.json()["redirect"] == "/checkout/thank-you/"
    assert order.total_incl_tax == D("247.14") and order.status == "Paid"
    payment = CardPayment.objects.get()
    assert payment.status == CardPayment.CAPTURED and payment.amount_captured == D("247.14")
    intent = fake_stripe.intent(payment.payment_intent_id)
    assert intent["status"] == "succeeded" and intent["amount"] == 24714
    assert intent["capture_method"] == "manual"
    assert [e.event_type.name for e in order.payment_events.order_by("pk")] == ["Authorised", "Captured"]
    assert order.sources.get().amount_debited == D("247.14")
    thanks = client.get("/checkout/thank-you/").content.decode()
    assert order.number in thanks
    assert sorted(m.to[0] for m in mail.outbox) == ["info@bodybest.ca", "marie@example.ca"]
    confirmation = next(m for m in mail.outbox if m.to == ["marie@example.ca"])
    assert "QST (9.975%): $21.44" in confirmation.body
    assert confirmation.alternatives and "text/html" == confirmation.alternatives[0][1]
    gun.stockrecords.get().refresh_from_db()
    assert gun.stockrecords.get().num_allocated == 1


def test_a_declined_card_shows_stripes_message_and_keeps_the_basket(client, fake_stripe):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    response = pay(client, fake_stripe, "declined")
    assert response.status_code == 402
    assert "declined" in response.json()["message"].lower()
    assert not Order.objects.exists()
    assert CardPayment.objects.get().status == CardPayment.FAILED
    basket = client.get("/basket/").content.decode()
    assert gun.title in basket
    # The shopper tries another card and it goes through.
    place_order(client, fake_stripe, "ok")
    assert Order.objects.count() == 1


def test_3d_secure_asks_the_cardholder_then_places_the_order(client, fake_stripe):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    response = pay(client, fake_stripe, "3ds")
    body = response.json()
    assert body["status"] == "requires_action" and body["client_secret"].startswith(body["payment_intent"])
    assert not Order.objects.exists()
    fake_stripe.authenticate(body["payment_intent"], success=True)
    done = client.post("/checkout/pay/", {"payment_intent": body["payment_intent"]})
    assert done.json()["status"] == "placed"
    assert Order.objects.get().status == "Paid"
    assert fake_stripe.intent(body["payment_intent"])["status"] == "succeeded"


def test_a_failed_3d_secure_challenge_charges_nothing_and_keeps_the_basket(client, fake_stripe):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    body = pay(client, fake_stripe, "3ds").json()
    fake_stripe.authenticate(body["payment_intent"], success=False)
    done = client.post("/checkout/pay/", {"payment_intent": body["payment_intent"]})
    assert done.status_code == 402
    assert "authentication" in done.json()["message"].lower()
    assert not Order.objects.exists()
    assert gun.title in client.get("/basket/").content.decode()


def test_the_place_order_form_without_javascript_never_places_an_unpaid_order(client, fake_stripe):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    response = client.post("/checkout/preview/", {"action": "place_order"})
    assert response.status_code == 400
    assert "needs JavaScript" in response.content.decode()
    assert not Order.objects.exists()


def test_the_review_page_loads_stripe_js_and_never_the_secret_key(client, fake_stripe):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    page = client.get("/checkout/preview/").content.decode()
    assert "pk_test_localstripe" in page and fake_stripe.url + "/js.stripe.com/v3/" in page
    assert "sk_test" not in page
    assert "Pay $247.14 and place order" in page


@pytest.mark.parametrize("data", [
    {"payment_method": ""}, {"payment_method": "javascript:alert(1)"}, {"payment_method": "x" * 5000},
    {"payment_method": "pi_123"}, {"payment_intent": "pi_notyours"}, {"payment_intent": "pm_123"},
])
def test_malformed_or_foreign_payment_ids_get_a_400_and_change_nothing(client, fake_stripe, data):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    response = client.post("/checkout/pay/", data)
    assert response.status_code == 400 and response.json()["message"]
    assert not Order.objects.exists() and not CardPayment.objects.exists()


def test_someone_elses_payment_intent_cannot_be_resumed(client, fake_stripe, django_user_model):
    from django.test import Client

    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    body = pay(client, fake_stripe, "3ds").json()
    stranger = Client(HTTP_HOST="localhost")
    response = stranger.post("/checkout/pay/", {"payment_intent": body["payment_intent"]})
    assert response.status_code == 400
    assert not Order.objects.exists()


def test_the_pay_endpoint_needs_the_csrf_token(client, fake_stripe):
    from django.test import Client

    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    strict = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    strict.cookies = client.cookies
    response = strict.post("/checkout/pay/", {"payment_method": fake_stripe.card_payment_method()})
    assert response.status_code == 403
    assert not CardPayment.objects.exists()
