"""Stripe webhooks: verified, recorded once, handled by a Celery task after commit.

The endpoint only checks the signature (and that it is at most 5 minutes old), records the
event under its unique id and answers 200; the task reads the PaymentIntent from Stripe and
settles the payment from its current state (checkout/payment_flow.py), so a redelivered or
out-of-order event changes nothing twice.
"""
import json
import logging

import stripe
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


@csrf_exempt
@require_POST
@transaction.non_atomic_requests
def stripe_webhook(request):
    if len(request.body) > MAX_BODY:
        return HttpResponseBadRequest("Payload too large.")
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = gateway.construct_event(request.body, signature)
    except (ValueError, stripe.SignatureVerificationError) as error:
        logger.warning("Stripe webhook refused: %s", error)
        return HttpResponseBadRequest("Invalid signature.")
    event = event.to_dict()
    event_id, kind = event.get("id"), str(event.get("type") or "")
    if not event_id:
        return HttpResponseBadRequest("Event without an id.")
    data = (event.get("data") or {}).get("object") or {}
    intent_id = data.get("id", "") if kind.startswith("payment_intent.") else ""
    try:
        with transaction.atomic():
            recorded = StripeEvent.objects.create(event_id=event_id, type=kind[:100],
                                                  payment_intent_id=intent_id or "")
            if kind in HANDLED:
                from checkout.tasks import process_stripe_event

                transaction.on_commit(lambda: process_stripe_event.delay(recorded.pk), robust=True)
    except IntegrityError:
        return HttpResponse(json.dumps({"received": True, "duplicate": True}),
                            content_type="application/json")
    return HttpResponse(json.dumps({"received": True}), content_type="application/json")


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
