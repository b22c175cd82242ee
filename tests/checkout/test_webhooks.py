"""Stripe webhooks: signature and age checked, each event handled once, in any order."""
import hashlib
import hmac
import itertools
import json
import time
import uuid

import pytest
from oscar.core.loading import get_model

from checkout.models import CardPayment, StripeEvent
from tests.checkout.buying import pay, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")
SECRET = "whsec_localstripe"


def signed(payload: bytes, secret=SECRET, timestamp=None):
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = hmac.new(secret.encode(), b"%d.%s" % (timestamp, payload), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={signature}"


def event(kind, intent, event_id=None):
    return json.dumps({
        "id": event_id or f"evt_{uuid.uuid4().hex[:24]}", "object": "event", "type": kind,
        "created": int(time.time()), "data": {"object": intent},
    }).encode()


def deliver(client, payload, signature=None):
    return client.post("/webhooks/stripe/", payload, content_type="application/json",
                       HTTP_STRIPE_SIGNATURE=signature if signature is not None else signed(payload))


def _abandoned_after_3d_secure(client, fake_stripe, success=True):
    """The shopper passes (or fails) 3-D Secure, then closes the browser before coming back."""
    ready_to_pay(client, weighed_product("200.00"))
    body = pay(client, fake_stripe, "3ds").json()
    fake_stripe.authenticate(body["payment_intent"], success=success)
    return fake_stripe.intent(body["payment_intent"])


ORDERS = list(itertools.permutations([
    "payment_intent.requires_action", "payment_intent.amount_capturable_updated",
    "payment_intent.succeeded",
]))


@pytest.mark.parametrize("order_of_arrival", ORDERS, ids=["-".join(k.split(".")[1][:8] for k in o) for o in ORDERS])
def test_each_event_three_times_in_any_order_places_one_order_from_the_webhook_alone(
        client, fake_stripe, django_capture_on_commit_callbacks, order_of_arrival):
    intent = _abandoned_after_3d_secure(client, fake_stripe)
    assert intent["status"] == "requires_capture" and not Order.objects.exists()
    payloads = {kind: event(kind, intent) for kind in order_of_arrival}
    from django.test import Client

    stripe_itself = Client(HTTP_HOST="localhost")  # no session, no cookies: Stripe's servers
    for _ in range(3):
        for kind in order_of_arrival:
            with django_capture_on_commit_callbacks(execute=True):
                response = deliver(stripe_itself, payloads[kind])
            assert response.status_code == 200

    order = Order.objects.get()
    assert order.status == "Paid" and order.guest_email == "marie@example.ca"
    assert StripeEvent.objects.count() == 3 and not StripeEvent.objects.filter(processed=None).exists()
    assert fake_stripe.intent(intent["id"])["status"] == "succeeded"
    assert [e.event_type.name for e in order.payment_events.order_by("pk")] == ["Authorised", "Captured"]
    assert CardPayment.objects.get().status == CardPayment.CAPTURED


def test_a_failed_3d_secure_reported_by_webhook_is_recorded_and_places_nothing(
        client, fake_stripe, django_capture_on_commit_callbacks):
    intent = _abandoned_after_3d_secure(client, fake_stripe, success=False)
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, event("payment_intent.payment_failed", intent))
    payment = CardPayment.objects.get()
    assert payment.status == CardPayment.FAILED and "authentication" in payment.failure_message
    assert not Order.objects.exists()


@pytest.mark.parametrize("signature", [
    "", "t=1,v1=deadbeef", "garbage", signed(b"another body"),
    signed(b"{}", secret="whsec_forged"),
], ids=["missing", "wrong", "garbage", "other-body", "forged-secret"])
def test_forged_signatures_get_400_and_record_nothing(client, fake_stripe, signature):
    payload = event("payment_intent.succeeded", {"id": "pi_x", "object": "payment_intent"})
    if signature == signed(b"{}", secret="whsec_forged"):
        signature = signed(payload, secret="whsec_forged")
    response = deliver(client, payload, signature)
    assert response.status_code == 400
    assert not StripeEvent.objects.exists()


def test_a_signature_older_than_five_minutes_gets_400(client, fake_stripe):
    payload = event("payment_intent.succeeded", {"id": "pi_x", "object": "payment_intent"})
    assert deliver(client, payload, signed(payload, timestamp=int(time.time()) - 301)).status_code == 400
    assert deliver(client, payload, signed(payload, timestamp=int(time.time()) - 240)).status_code == 200
    assert StripeEvent.objects.count() == 1


def test_malformed_json_and_get_requests_are_refused(client, fake_stripe):
    assert deliver(client, b"{not json").status_code == 400
    assert client.get("/webhooks/stripe/").status_code == 405
    assert deliver(client, json.dumps({"type": "x"}).encode()).status_code == 400


def test_an_event_for_a_payment_we_do_not_know_is_recorded_and_ignored(
        client, fake_stripe, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = deliver(client, event("payment_intent.succeeded", {"id": "pi_unknown", "object": "payment_intent"}))
    assert response.status_code == 200
    assert StripeEvent.objects.get().outcome == "no payment of ours has this PaymentIntent"


@pytest.mark.postgres  # a live server thread and this test share one SQLite file badly
@pytest.mark.django_db(transaction=True)
def test_localstripe_delivers_a_signed_event_that_the_store_accepts(seeded_store, fake_stripe, live_server):
    """The real thing: localstripe posts payment_intent.succeeded to the running store."""
    from django.test import Client

    shopper = Client(HTTP_HOST="localhost")
    ready_to_pay(shopper, weighed_product("90.00"))
    time.sleep(1.5)  # events of earlier tests leave localstripe before we listen
    fake_stripe.register_webhook(f"{live_server.url}/webhooks/stripe/")
    try:
        assert pay(shopper, fake_stripe).json()["status"] == "placed"
        ours = StripeEvent.objects.filter(type="payment_intent.succeeded",
                                          payment_intent_id=CardPayment.objects.get().payment_intent_id)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not ours.exists():
            time.sleep(0.2)
    finally:
        fake_stripe.register_webhook("http://127.0.0.1:9/")  # nobody listens there
    recorded = ours.get()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not StripeEvent.objects.get(pk=recorded.pk).processed:
        time.sleep(0.2)
    assert StripeEvent.objects.get(pk=recorded.pk).outcome.startswith("placed order")
    assert Order.objects.count() == 1
