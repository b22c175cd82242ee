"""Every call this store makes to Stripe, in one place.

Amounts cross this boundary as Decimal dollars and become integer cents here. Each call that
changes money carries an idempotency key derived from our own row, so a retried request is
one operation at Stripe; our code does not rely on it (localstripe ignores the keys): the
database rows in checkout/models.py decide what may be done.
"""
import json
import time
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import stripe
from django.conf import settings

CENT = Decimal("0.01")


class GatewayError(Exception):
    """Stripe could not be reached or refused the request for a reason that is not the card's."""


class CardDeclined(Exception):
    """The card was declined or failed authentication; `message` is Stripe's, for the shopper."""

    def __init__(self, message, payment_intent_id=None):
        super().__init__(message)
        self.message = message
        self.payment_intent_id = payment_intent_id


def to_cents(amount: Decimal) -> int:
    return int((amount.quantize(CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


@lru_cache(maxsize=4)
def _client(secret_key, api_base):
    options = {"max_network_retries": 2}
    if api_base:
        options["base_addresses"] = {"api": api_base}
    return stripe.StripeClient(secret_key, **options)


def client():
    return _client(settings.STRIPE_SECRET_KEY, settings.STRIPE_API_BASE)


def _call(method, *args, **kwargs):
    try:
        return method(*args, **kwargs)
    except stripe.CardError as error:
        intent = (error.json_body or {}).get("error", {}).get("payment_intent") or {}
        raise CardDeclined(error.user_message or str(error._message), intent.get("id")) from error
    except stripe.StripeError as error:
        raise GatewayError(str(error._message or error)) from error


def create_payment_intent(payment, payment_method_id):
    """Authorise (not capture) the payment's amount on the card, confirming at once.
    Returns the PaymentIntent: requires_capture, or requires_action for 3-D Secure."""
    return _call(
        client().v1.payment_intents.create,
        params={
            "amount": to_cents(payment.amount),
            "currency": payment.currency.lower(),
            "payment_method": payment_method_id,
            "payment_method_types": ["card"],
            "capture_method": "manual",
            "confirm": True,
            "metadata": {
                "card_payment": str(payment.pk),
                "basket": str(payment.basket_id),
                "order_number": payment.order_number,
            },
        },
        options={"idempotency_key": f"bodybest-card-payment-{payment.pk}-create"},
    )


def retrieve_payment_intent(payment_intent_id):
    return _call(client().v1.payment_intents.retrieve, payment_intent_id)


def retrieve_payment_method(payment_method_id):
    return _call(client().v1.payment_methods.retrieve, payment_method_id)


def capture_payment_intent(payment):
    return _call(
        client().v1.payment_intents.capture,
        payment.payment_intent_id,
        options={"idempotency_key": f"bodybest-card-payment-{payment.pk}-capture"},
    )


def cancel_payment_intent(payment):
    return _call(
        client().v1.payment_intents.cancel,
        payment.payment_intent_id,
        options={"idempotency_key": f"bodybest-card-payment-{payment.pk}-cancel"},
    )


def cancel_unknown_payment_intent(payment_intent_id):
    """Release an authorisation that no payment row of ours knows (the reconcile command)."""
    return _call(client().v1.payment_intents.cancel, payment_intent_id)


def refund(payment, amount: Decimal, key: str):
    return _call(
        client().v1.refunds.create,
        params={"payment_intent": payment.payment_intent_id, "amount": to_cents(amount),
                "metadata": {"order_number": payment.order_number}},
        options={"idempotency_key": f"bodybest-card-payment-{payment.pk}-refund-{key}"},
    )


def recent_payment_intents(created_after: int):
    """Our PaymentIntents created since a Unix time, for the reconcile command."""
    params = {"limit": 100}
    if not settings.STRIPE_LOCAL:  # localstripe refuses the filter; the loop below applies it
        params["created"] = {"gte": created_after}
    page = _call(client().v1.payment_intents.list, params=params)
    return [intent for intent in page.auto_paging_iter() if intent.created >= created_after]


class InvalidEvent(Exception):
    """A webhook delivery that is not a genuine, current Stripe event; `message` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


WEBHOOK_TOLERANCE = 300  # seconds either side of our clock


def verified_event(payload: bytes, signature: str, now=None) -> dict:
    """The delivery's JSON object, once its signature is checked and dated within
    WEBHOOK_TOLERANCE seconds of `now` in either direction: stripe-python refuses only the
    old, so a body signed to be replayed in a week would pass it. Raises InvalidEvent."""
    now = time.time() if now is None else now
    try:
        stripe.WebhookSignature.verify_header(
            payload, signature, settings.STRIPE_WEBHOOK_SECRET, WEBHOOK_TOLERANCE
        )
    except (ValueError, stripe.SignatureVerificationError) as error:
        raise InvalidEvent(f"Invalid signature: {error}") from error
    if _signed_at(signature) > now + WEBHOOK_TOLERANCE:
        raise InvalidEvent("Invalid signature: dated in the future.")
    try:
        body = json.loads(payload)
    except (ValueError, RecursionError) as error:  # RecursionError: [[[[... nested deep
        raise InvalidEvent("The body is not JSON.") from error
    if not isinstance(body, dict):
        raise InvalidEvent("The body is not an event object.")
    return body


def _signed_at(signature: str) -> int:
    """The header's first t= value, read as stripe-python reads it when it verifies."""
    return int(next(item.split("=", 2)[1] for item in signature.split(",")
                    if item.split("=", 2)[0] == "t"))
