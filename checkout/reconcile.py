"""Repair what a crash or a lost request can leave between Stripe and our orders.

- A payment authorised at Stripe with no order: place the order (or release the money when it
  cannot be placed).
- An order whose payment was authorised but not captured: capture it.
- A payment started here that never reached Stripe, or waits for 3-D Secure long after the
  shopper left: marked failed or released.
- A PaymentIntent of ours at Stripe that this database has no row for: released.
Only payments older than STRIPE_RECONCILE_AFTER_MINUTES are touched, so a shopper in the
middle of paying is left alone. Returns one line per repair.
"""
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from checkout import stripe_gateway as gateway
from checkout.models import CardPayment
from checkout.payment_flow import capture, release, settle


def reconcile(now=None, lookback_days=7):
    now = now or timezone.now()
    cutoff = now - timedelta(minutes=settings.STRIPE_RECONCILE_AFTER_MINUTES)
    report = []
    stale = CardPayment.objects.filter(updated__lt=cutoff, status__in=CardPayment.IN_FLIGHT)
    for payment in stale.order_by("pk"):
        before = (payment.status, payment.order_id)
        try:
            if payment.order_id and payment.status == CardPayment.AUTHORISED:
                capture(payment)
            elif payment.status == CardPayment.REQUIRES_ACTION:
                outcome = settle(payment)
                if outcome.status == "requires_action":
                    release(payment, "The shopper left during 3-D Secure.")
            else:
                settle(payment)
        except gateway.GatewayError as error:
            report.append(f"payment {payment.pk} ({payment.payment_intent_id}): Stripe unreachable, "
                          f"will retry: {error}")
            continue
        payment.refresh_from_db()
        after = (payment.status, payment.order_id)
        if after != before:
            order = f", order {payment.order.number}" if payment.order_id else ""
            report.append(f"payment {payment.pk} ({payment.payment_intent_id}): "
                          f"{before[0]} -> {payment.status}{order}")
    report.extend(_release_unknown_intents(cutoff, now - timedelta(days=lookback_days)))
    return report


def _release_unknown_intents(cutoff, since):
    known = set(CardPayment.objects.filter(created__gte=since - timedelta(days=1))
                .exclude(payment_intent_id=None).values_list("payment_intent_id", flat=True))
    lines = []
    for intent in gateway.recent_payment_intents(int(since.timestamp())):
        metadata = getattr(intent, "metadata", None) or {}
        if intent.id in known or "card_payment" not in metadata:
            continue
        if intent.created > cutoff.timestamp() or intent.status != "requires_capture":
            continue
        payment = CardPayment.objects.filter(pk=metadata["card_payment"]).first()
        if payment is not None and not payment.payment_intent_id:
            # Our row lost the id in a crash: give it back and settle it.
            CardPayment.objects.filter(pk=payment.pk).update(payment_intent_id=intent.id)
            payment.payment_intent_id = intent.id
            outcome = settle(payment, intent)
            lines.append(f"payment {payment.pk} ({intent.id}): recovered from Stripe, {outcome.status}")
            continue
        gateway.client().v1.payment_intents.cancel(intent.id)
        lines.append(f"{intent.id}: authorisation with no payment of ours, released")
    return lines
