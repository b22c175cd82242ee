"""Stripe webhooks: verified, recorded once, handled by a Celery task after commit.

The endpoint only checks the signature (dated within 5 minutes of our clock) and the event's
shape, records the event under its unique id and answers 200; anything else is a 400 with
nothing recorded. The task reads the PaymentIntent from Stripe and settles the payment from
its current state (checkout/payment_flow.py), so a redelivered or out-of-order event changes
nothing twice.
"""
import json
import logging
import re

from django.db import IntegrityError, transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from checkout import stripe_gateway as gateway
from checkout.models import CardPayment, StripeEvent

logger = logging.getLogger("bodybest.checkout")

HANDLED = {
    "payment_intent.amount_capturable_updated",
    "payment_intent.succeeded",
    "payment_intent.payment_failed",
    "payment_intent.canceled",
    "payment_intent.requires_action",
}
MAX_BODY = 512 * 1024
# Stripe's ids are a prefix, an underscore and letters and digits; both columns hold 255.
STRIPE_ID = re.compile(r"[A-Za-z0-9_]{1,255}\Z", re.ASCII)
EVENT_TYPE = re.compile(r"[a-z0-9_.]{1,100}\Z", re.ASCII)


@csrf_exempt
@require_POST
@transaction.non_atomic_requests
def stripe_webhook(request):
    if len(request.body) > MAX_BODY:
        return HttpResponseBadRequest("Payload too large.")
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event_id, kind, intent_id = recordable(gateway.verified_event(request.body, signature))
    except gateway.InvalidEvent as refused:
        logger.warning("Stripe webhook refused: %s", refused.message)
        return HttpResponseBadRequest(refused.message)
    try:
        with transaction.atomic():
            recorded = StripeEvent.objects.create(event_id=event_id, type=kind,
                                                  payment_intent_id=intent_id)
            if kind in HANDLED:
                from checkout.tasks import process_stripe_event

                transaction.on_commit(lambda: process_stripe_event.delay(recorded.pk), robust=True)
    except IntegrityError:
        return HttpResponse(json.dumps({"received": True, "duplicate": True}),
                            content_type="application/json")
    return HttpResponse(json.dumps({"received": True}), content_type="application/json")


def recordable(event):
    """(event id, type, PaymentIntent id or "") of a verified event, or InvalidEvent when its
    shape is not Stripe's: the signature proves who sent a body, not that it is well formed,
    and what is recorded must fit its columns."""
    event_id, kind, data = event.get("id"), event.get("type"), event.get("data")
    if not (isinstance(event_id, str) and STRIPE_ID.match(event_id)):
        raise gateway.InvalidEvent("The event has no valid id.")
    if not (isinstance(kind, str) and EVENT_TYPE.match(kind)):
        raise gateway.InvalidEvent("The event has no valid type.")
    if not (isinstance(data, dict) and isinstance(data.get("object"), dict)):
        raise gateway.InvalidEvent("The event has no data object.")
    if not kind.startswith("payment_intent."):
        return event_id, kind, ""
    intent_id = data["object"].get("id")
    if not (isinstance(intent_id, str) and intent_id.startswith("pi_") and STRIPE_ID.match(intent_id)):
        raise gateway.InvalidEvent("The event's PaymentIntent has no valid id.")
    return event_id, kind, intent_id


def process(event_pk):
    from checkout.payment_flow import settle

    event = StripeEvent.objects.filter(pk=event_pk, processed__isnull=True).first()
    if event is None:
        return "already processed"
    payment = CardPayment.objects.filter(payment_intent_id=event.payment_intent_id).first()
    if payment is None:
        outcome = "no payment of ours has this PaymentIntent"
    else:
        result = settle(payment)
        outcome = result.status + (f" order {result.order.number}" if result.order else "")
    StripeEvent.objects.filter(pk=event.pk).update(processed=timezone.now(), outcome=outcome[:255])
    return outcome
