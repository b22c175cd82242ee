"""Signed webhook deliveries whose body is not a well-formed Stripe event, or whose signature
is dated in the future: a 400 with nothing recorded, never a 500."""
import json
import time

import pytest

from checkout.models import StripeEvent
from tests.checkout.test_webhooks import deliver, event, signed

pytestmark = pytest.mark.django_db
INTENT = {"id": "pi_bodies", "object": "payment_intent"}


def _body(**fields):
    base = {"id": "evt_bodies", "object": "event", "type": "payment_intent.succeeded",
            "data": {"object": INTENT}}
    base.update(fields)
    return json.dumps(base).encode()


MALFORMED = {
    "list": b"[]",
    "null": b"null",
    "number": b"42",
    "string": b'"evt_x"',
    "data-string": _body(data="x"),
    "data-list": _body(data=[1, 2]),
    "object-string": _body(data={"object": "x"}),
    "object-missing": _body(data={}),
    "intent-id-number": _body(data={"object": {"id": 7}}),
    "intent-id-missing": _body(data={"object": {"object": "payment_intent"}}),
    "intent-id-256": _body(data={"object": {"id": "pi_" + "a" * 253}}),
    "intent-id-nul": _body(data={"object": {"id": "pi_a\x00b"}}),
    "id-256": _body(id="evt_" + "a" * 252),
    "id-nul": _body(id="evt_a\x00b"),
    "id-number": _body(id=12),
    "id-dict": _body(id={"a": 1}),
    "id-missing": json.dumps({"type": "payment_intent.succeeded", "data": {"object": INTENT}}).encode(),
    "type-nul": _body(type="payment_intent.succeeded\x00"),
    "type-list": _body(type=["payment_intent.succeeded"]),
    "type-long": _body(type="payment_intent." + "x" * 200),
    "not-utf8": b'{"id": "evt_\xff"}',
    "nested-deep": b"[" * 100_000 + b"]" * 100_000,
    "huge-integer": b'{"id": ' + b"9" * 5000 + b"}",
}


@pytest.mark.parametrize("payload", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_signed_malformed_body_gets_400_and_records_nothing(client, fake_stripe, payload):
    response = deliver(client, payload)
    assert response.status_code == 400, response.content
    assert response.content
    assert not StripeEvent.objects.exists()


@pytest.mark.parametrize("seconds_ahead", [301, 3600, 10**9])
def test_a_signature_dated_beyond_the_tolerance_in_the_future_gets_400(client, fake_stripe, seconds_ahead):
    payload = event("payment_intent.succeeded", INTENT)
    response = deliver(client, payload, signed(payload, timestamp=int(time.time()) + seconds_ahead))
    assert response.status_code == 400
    assert not StripeEvent.objects.exists()


def test_a_signature_a_little_ahead_of_our_clock_is_accepted(client, fake_stripe):
    """Stripe's clock and ours differ by a few seconds; within the tolerance that is fine."""
    payload = event("payment_intent.succeeded", INTENT)
    response = deliver(client, payload, signed(payload, timestamp=int(time.time()) + 60))
    assert response.status_code == 200
    assert StripeEvent.objects.count() == 1


def test_an_event_of_another_kind_is_recorded_without_a_payment_intent(client, fake_stripe):
    payload = _body(type="charge.refunded", data={"object": {"id": "ch_1", "object": "charge"}})
    assert deliver(client, payload).status_code == 200
    assert StripeEvent.objects.get().payment_intent_id == ""
