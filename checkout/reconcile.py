"""Repair what a crash or a lost request can leave between Stripe and our orders.

- A payment authorised at Stripe with no order: place the order (or release the money when it
  cannot be placed).
- An order whose payment was authorised but not captured: capture it.
- A payment started here that never reached Stripe, or waits for 3-D Secure long after the
  shopper left: marked failed or released.
- A PaymentIntent of ours at Stripe that this database has no row for: released.
Only payments older than STRIPE_RECONCILE_AFTER_MINUTES are touched, so a shopper in the
middle of paying is left alone.

Each payment is repaired in its own transaction: one that fails (Stripe unreachable, a row
no order can be made from, any error) is rolled back, logged, counted and left for the next
run, and the others are still repaired.
"""
import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from checkout import stripe_gateway as gateway
from checkout.models import CardPayment
from checkout.payment_flow import capture, release, settle

logger = logging.getLogger("bodybest.checkout")


@dataclass
class Report:
    """What a run did: one line per repair, one per payment it could not repair."""

    repairs: list = field(default_factory=list)
    failures: list = field(default_factory=list)

    def summary(self):
        return f"{len(self.repairs)} repaired, {len(self.failures)} failed"


def reconcile(now=None, lookback_days=7):
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.STRIPE_RECONCILE_AFTER_MINUTES)
    report = Report()
    stale = CardPayment.objects.filter(updated__lt=cutoff, status__in=CardPayment.IN_FLIGHT)
    for payment_id in stale.order_by("pk").values_list("pk", flat=True):
        _isolated(report, f"payment {payment_id}", _repair, payment_id, cutoff)
    try:
        intents = gateway.recent_payment_intents(int((now - timedelta(days=lookback_days)).timestamp()))
    except gateway.GatewayError as error:
        logger.warning("reconcile: could not list Stripe's PaymentIntents: %s", error)
        report.failures.append(f"Stripe's PaymentIntents: Stripe unreachable, will retry: {error}")
        return report
    known = set(CardPayment.objects.filter(created__gte=now - timedelta(days=lookback_days + 1))
                .exclude(payment_intent_id=None).values_list("payment_intent_id", flat=True))
    for intent in intents:
        if intent.id not in known:
            _isolated(report, intent.id, _release_unknown_intent, intent, cutoff)
    return report


def _isolated(report, subject, repair, *args):
    """Run one repair in its own transaction; record its line, or its failure."""
    try:
        with transaction.atomic():
            line = repair(*args)
    except gateway.GatewayError as error:
        logger.warning("reconcile: %s: Stripe unreachable, will retry: %s", subject, error)
        report.failures.append(f"{subject}: Stripe unreachable, will retry: {_short(error)}")
    except Exception as error:  # noqa: BLE001  one bad row must not stop the repair of the rest
        logger.exception("reconcile: %s could not be repaired", subject)
        report.failures.append(f"{subject}: could not be repaired, will retry "
                               f"({type(error).__name__}: {_short(error)})")
    else:
        if line:
            report.repairs.append(line)


def _short(error, limit=200):
    text = str(error).replace("\x00", "\\x00")
    return text if len(text) <= limit else text[:limit] + "…"


def _repair(payment_id, cutoff):
    payment = CardPayment.objects.filter(
        pk=payment_id, updated__lt=cutoff, status__in=CardPayment.IN_FLIGHT
    ).first()
    if payment is None:  # settled meanwhile, by the shopper's browser or a webhook
        return None
    before = (payment.status, payment.order_id)
    if payment.order_id and payment.status == CardPayment.AUTHORISED:
        capture(payment)
    elif payment.status == CardPayment.REQUIRES_ACTION:
        outcome = settle(payment)
        if outcome.status == "requires_action":
            release(payment, "The shopper left during 3-D Secure.")
    else:
        settle(payment)
    payment.refresh_from_db()
    if (payment.status, payment.order_id) == before:
        return None
    order = f", order {payment.order.number}" if payment.order_id else ""
    return (f"payment {payment.pk} ({payment.payment_intent_id}): "
            f"{before[0]} -> {payment.status}{order}")


def _release_unknown_intent(intent, cutoff):
    """A PaymentIntent of ours at Stripe that no payment row knows by its id."""
    metadata = getattr(intent, "metadata", None) or {}
    if "card_payment" not in metadata:
        return None
    if intent.created > cutoff.timestamp() or intent.status != "requires_capture":
        return None
    payment = CardPayment.objects.filter(pk=metadata["card_payment"]).first()
    if payment is not None and not payment.payment_intent_id:
        # Our row lost the id in a crash: give it back and settle it.
        CardPayment.objects.filter(pk=payment.pk).update(payment_intent_id=intent.id)
        payment.payment_intent_id = intent.id
        outcome = settle(payment, intent)
        return f"payment {payment.pk} ({intent.id}): recovered from Stripe, {outcome.status}"
    gateway.cancel_unknown_payment_intent(intent.id)
    return f"{intent.id}: authorisation with no payment of ours, released"
