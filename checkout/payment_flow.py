"""From a card to a paid order: authorise, place the order, then capture.

`start_payment` is the shopper's "Pay" press; `settle` moves a payment on from whatever state
Stripe reports for its PaymentIntent, and is what the browser's return, every webhook and the
reconcile command call. Because `settle` reads the PaymentIntent afresh instead of trusting an
event, events may arrive in any order and any number of times.

No card is charged without an order: the order is placed while the money is only authorised,
and captured afterwards; when the order cannot be placed (the item sold out, the basket
changed) the authorisation is released.
"""
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy
from oscar.core.loading import get_model

from checkout import stripe_gateway as gateway
from checkout.models import CardPayment
from checkout.placement import OrderNotPlaceable, place_order_for, record_event

logger = logging.getLogger("bodybest.checkout")
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")

UNREACHABLE = gettext_lazy("We could not reach our card processor, and nothing was charged. "
                           "Please try again in a minute.")
IN_PROGRESS = gettext_lazy("This payment is already being processed. Please wait a moment.")
STARTED_GRACE = timedelta(minutes=2)


@dataclass
class Outcome:
    status: str  # placed, requires_action, failed, in_progress
    order: object = None
    message: str = ""
    client_secret: str = ""
    payment_intent_id: str = ""


def start_payment(basket, amount, order_number, saved, payment_method_id):
    """Authorise `amount` on the card and place the order. One basket gives one order however
    many times this runs at once: the basket row is locked while an attempt is recorded, and
    the database allows one attempt in flight per basket."""
    with transaction.atomic():
        basket = Basket._default_manager.select_for_update().get(pk=basket.pk)
        order = Order.objects.filter(basket_id=basket.pk).first()
        if order is not None:
            return Outcome("placed", order=order)
        in_flight = list(CardPayment.objects.filter(basket=basket, status__in=CardPayment.IN_FLIGHT))
    for earlier in in_flight:
        if earlier.status == CardPayment.STARTED and earlier.created > timezone.now() - STARTED_GRACE:
            return Outcome("in_progress", message=IN_PROGRESS)
        outcome = settle(earlier)
        if outcome.status == "placed":
            return outcome
        if outcome.status == "requires_action":
            release(earlier, "The shopper started another payment.")
    try:
        with transaction.atomic():
            payment = CardPayment.objects.create(
                basket=basket, amount=amount, order_number=order_number, snapshot=saved
            )
    except IntegrityError:
        return Outcome("in_progress", message=IN_PROGRESS)
    try:
        intent = gateway.create_payment_intent(payment, payment_method_id)
    except gateway.CardDeclined as declined:
        _mark(payment, CardPayment.FAILED, declined.message, declined.payment_intent_id)
        return Outcome("failed", message=declined.message)
    except gateway.GatewayError as error:
        logger.error("Card payment %s: Stripe refused or was unreachable: %s", payment.pk, error)
        _mark(payment, CardPayment.FAILED, UNREACHABLE)
        return Outcome("failed", message=UNREACHABLE)
    CardPayment.objects.filter(pk=payment.pk).update(payment_intent_id=intent.id)
    payment.payment_intent_id = intent.id
    return settle(payment, intent)


def settle(payment, intent=None):
    """Bring `payment` in line with its PaymentIntent at Stripe, placing and capturing the order
    when the money is authorised. Safe to run any number of times, concurrently."""
    if not payment.payment_intent_id:
        if payment.status == CardPayment.STARTED and payment.created < timezone.now() - STARTED_GRACE:
            _mark(payment, CardPayment.FAILED, "No PaymentIntent was created.")
            return Outcome("failed", message=UNREACHABLE)
        return Outcome("in_progress", message=IN_PROGRESS)
    intent = intent or gateway.retrieve_payment_intent(payment.payment_intent_id)
    status = intent.status
    if status == "requires_action":
        _mark(payment, CardPayment.REQUIRES_ACTION)
        return Outcome("requires_action", client_secret=intent.client_secret,
                       payment_intent_id=intent.id)
    if status in ("requires_capture", "succeeded"):
        if status == "requires_capture":
            CardPayment.objects.filter(
                pk=payment.pk, status__in=(CardPayment.STARTED, CardPayment.REQUIRES_ACTION)
            ).update(status=CardPayment.AUTHORISED, updated=timezone.now())
        try:
            order, _ = place_order_for(payment)
        except OrderNotPlaceable as refused:
            release(payment, refused.message, intent)
            return Outcome("failed", message=refused.message)
        if status == "requires_capture":
            capture(payment)
        else:
            record_capture(payment, intent)
        remember_card(payment, intent)
        return Outcome("placed", order=order)
    if status in ("requires_payment_method", "canceled"):
        error = getattr(intent, "last_payment_error", None)
        message = getattr(error, "message", None) or gettext("The payment was not completed.")
        new_status = CardPayment.CANCELED if status == "canceled" else CardPayment.FAILED
        _mark(payment, new_status, message)
        return Outcome("failed", message=message)
    return Outcome("in_progress", message=IN_PROGRESS)


def remember_card(payment, intent):
    """Keep the card's brand and last four digits for the invoice, once. Best effort: the order
    is placed and paid whatever Stripe answers here, and the invoice then says "by card"."""
    method = getattr(intent, "payment_method", None)
    method_id = method if isinstance(method, str) else getattr(method, "id", None)
    if not method_id or CardPayment.objects.filter(pk=payment.pk).exclude(card_last4="").exists():
        return
    try:
        card = getattr(gateway.retrieve_payment_method(method_id), "card", None)
    except (gateway.GatewayError, gateway.CardDeclined) as error:
        logger.warning("Card payment %s: card details not read from Stripe: %s", payment.pk, error)
        return
    last4 = str(getattr(card, "last4", "") or "")
    if len(last4) == 4 and last4.isdigit():
        CardPayment.objects.filter(pk=payment.pk).update(card_brand=str(getattr(card, "brand", "") or "")[:20],
                                                          card_last4=last4)


def capture(payment):
    """Capture an authorised payment whose order is placed. A failure leaves the order
    awaiting payment for the reconcile command to try again."""
    with transaction.atomic():
        payment = CardPayment.objects.select_for_update().get(pk=payment.pk)
        if payment.status == CardPayment.CAPTURED or payment.order_id is None:
            return payment
        try:
            intent = gateway.capture_payment_intent(payment)
        except (gateway.GatewayError, gateway.CardDeclined) as error:
            logger.error("Order %s: capture failed, left for reconcile: %s", payment.order_number, error)
            return payment
        return _record_capture_locked(payment, intent)


def record_capture(payment, intent):
    with transaction.atomic():
        payment = CardPayment.objects.select_for_update().get(pk=payment.pk)
        if payment.status == CardPayment.CAPTURED:
            return payment
        return _record_capture_locked(payment, intent)


def _record_capture_locked(payment, intent):
    captured = gateway.from_cents(getattr(intent, "amount_received", 0) or intent.amount)
    payment.status = CardPayment.CAPTURED
    payment.amount_captured = captured
    payment.failure_message = ""
    payment.save(update_fields=["status", "amount_captured", "failure_message", "updated"])
    order = payment.order
    order.sources.filter(reference=payment.payment_intent_id).update(amount_debited=captured)
    record_event(order, "Captured", captured, payment.payment_intent_id)
    if order.status == "Awaiting payment":
        order.set_status("Paid")
    return payment


def release(payment, reason, intent=None):
    """Give the money back: cancel an authorisation, or refund a charge captured elsewhere."""
    intent = intent or gateway.retrieve_payment_intent(payment.payment_intent_id)
    try:
        if intent.status == "succeeded":
            gateway.refund(payment, gateway.from_cents(intent.amount_received), "release")
        elif intent.status in ("requires_capture", "requires_action", "requires_confirmation",
                               "requires_payment_method"):
            gateway.cancel_payment_intent(payment)
    except (gateway.GatewayError, gateway.CardDeclined) as error:
        logger.error("Card payment %s: release failed, left for reconcile: %s", payment.pk, error)
        return
    _mark(payment, CardPayment.CANCELED, reason)


def _mark(payment, status, message="", payment_intent_id=None):
    fields = {"status": status, "updated": timezone.now()}
    if message:
        fields["failure_message"] = message[:500]
    if payment_intent_id:
        fields["payment_intent_id"] = payment_intent_id
    # Never move a payment that already has its order back to failed or released.
    CardPayment.objects.filter(pk=payment.pk, order__isnull=True).update(**fields)
    payment.status = status
