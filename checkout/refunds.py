"""Giving a customer's money back to their card, whole or in part, from the dashboard.

Amounts are Decimal CAD, tax included, in dollars and cents. What may be refunded is what
Stripe captured on the order's card payment less what was refunded already; the payment row
is locked while Stripe is asked, so two refunds pressed at once cannot add up to more.
"""
import logging
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.db import transaction
from oscar.core.loading import get_model
from oscar.templatetags.currency_filters import currency

from checkout import audit, invoices
from checkout import stripe_gateway as gateway
from checkout.models import CardPayment
from checkout.placement import record_event

logger = logging.getLogger("bodybest.checkout")
OrderNote = get_model("order", "OrderNote")

CENT = Decimal("0.01")
REASON_MAX_LENGTH = 255
REFUNDED, PARTIALLY_REFUNDED = "Refunded", "Partially refunded"


class RefundRefused(Exception):
    """The refund was not made, and nothing changed; `message` tells the staff member why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def refund_order(order, amount: Decimal, reason: str, staff_user, *, already_refunded=None):
    """Refund `amount` (CAD, at most 2 decimal places, above zero and at most what is still
    refundable) to the card that paid for `order`, and return the updated CardPayment.

    `already_refunded` is the amount the staff member saw as refunded when they filled in the
    form: when given and no longer true, the refund is refused, so a double press or a
    colleague's refund in the meantime does not give the money back twice. The same figure,
    read under the lock, makes Stripe's idempotency key: a retried identical request is one
    refund at Stripe, two separate refunds are two.

    Raises RefundRefused, with nothing changed here, when a rule refuses or Stripe does."""
    amount = _in_cents(amount)
    reason = clean_reason(reason)
    with transaction.atomic():
        payment = (CardPayment.objects.select_for_update()
                   .filter(order=order, status=CardPayment.CAPTURED).first())
        if payment is None or not payment.payment_intent_id:
            raise RefundRefused("This order has no captured card payment, so there is nothing "
                                "to refund to a card.")
        if already_refunded is not None and payment.amount_refunded != already_refunded:
            raise RefundRefused(
                f"This order was refunded meanwhile ({dollars(payment.amount_refunded)} so far). "
                "Nothing more was refunded; check the amount and try again.")
        if amount > payment.refundable:
            raise RefundRefused(
                f"You can refund at most {dollars(payment.refundable)} on this order.")
        try:
            refund = gateway.refund(payment, amount, key=f"{payment.amount_refunded}-{amount}")
        except (gateway.GatewayError, gateway.CardDeclined) as error:
            logger.error("Order %s: refund of %s refused by Stripe: %s", order.number, amount, error)
            raise RefundRefused(
                f"Stripe did not make the refund, and nothing was refunded: {error}") from error
        if refund.status in ("failed", "canceled"):
            raise RefundRefused(f"Stripe could not refund this card (refund {refund.id}, "
                                f"{refund.status}). Nothing was refunded.")
        _record(order, payment, amount, refund, reason, staff_user)
    logger.info("Order %s: %s refunded by %s (%s)", order.number, amount, staff_user, refund.id)
    return payment


def clean_reason(reason):
    """The reason as it goes into the order's notes, or RefundRefused: some words, at most
    REASON_MAX_LENGTH characters, and no control characters but line breaks and tabs (a NUL
    cannot be stored, and would only be found after Stripe had given the money back)."""
    reason = (reason or "").strip()
    if not reason:
        raise RefundRefused("Give the reason for the refund; it is kept in the order's notes.")
    if len(reason) > REASON_MAX_LENGTH:
        raise RefundRefused(f"Keep the reason to {REASON_MAX_LENGTH} characters.")
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in reason):
        raise RefundRefused("The reason contains control characters; type it again as plain text.")
    return reason


def _in_cents(amount):
    """The amount as dollars and cents, or RefundRefused: never rounded, since a refund of
    other than what was typed is a surprise."""
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount <= 0:
        raise RefundRefused("Enter an amount above $0.00.")
    try:
        in_cents = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        in_cents = None
    if in_cents != amount:
        raise RefundRefused("Enter the amount in dollars and cents (at most 2 decimal places).")
    return in_cents


def _record(order, payment, amount, refund, reason, staff_user):
    payment.amount_refunded += amount
    payment.save(update_fields=["amount_refunded", "updated"])
    for source in order.sources.filter(reference=payment.payment_intent_id):
        source.refund(amount, reference=refund.id, status=refund.status)
    record_event(order, "Refunded", amount, refund.id)
    invoices.record_credit_note(order, amount, refund.id, reason)
    OrderNote.objects.create(
        order=order, user=staff_user, note_type=OrderNote.SYSTEM,
        message=(f"{staff_user.get_username()} refunded {dollars(amount)} to the customer's card "
                 f"(Stripe refund {refund.id}). Reason: {reason}"),
    )
    _set_status(order, PARTIALLY_REFUNDED if payment.refundable else REFUNDED)
    if not payment.refundable:
        from catalog.courses.enrolments import end_for_refund

        end_for_refund(order)  # a course refunded in full: its access ends
    audit.record(order, staff_user, audit.REFUNDED, f"{dollars(amount)} to the card: {reason}")


def _set_status(order, status):
    """Through Oscar's pipeline when it allows the move (recording the change); otherwise, say
    from a status the pipeline has no refund step for, set directly: the money has gone back."""
    if status == order.status:
        return
    if status in order.available_statuses():
        order.set_status(status)
    else:
        old_status, order.status = order.status, status
        order.save(update_fields=["status"])
        order.status_changes.create(old_status=old_status, new_status=status)


def dollars(amount):
    """$1,234.50: as Oscar's currency filter shows it on the dashboard."""
    return currency(amount, "CAD")
