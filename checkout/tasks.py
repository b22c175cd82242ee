"""Celery tasks of the checkout: order mail, Stripe webhook events, reconciliation.

All are queued after the transaction that calls for them commits, and all are safe to run
twice: each mail has a row claimed and marked sent before the SMTP server accepts it
(bodybest/mail/), events are recorded once, and payments are settled from Stripe's current
state.
"""
import logging

from celery import shared_task
from oscar.core.loading import get_model

from bodybest.mail import outbox
from bodybest.mail.tasks import MAIL_TASK, deliver_rows
from checkout import order_mail

logger = logging.getLogger("bodybest.checkout")
Order = get_model("order", "Order")


@shared_task(bind=True, **MAIL_TASK)
def send_order_mail(self, order_id: int) -> str:
    """The customer's confirmation and the staff notification, each exactly once
    (checkout/order_mail.py, sent through bodybest/mail/). Safe to run twice; a worker killed
    mid-send leaves the task to come back, and rows to Celery beat's sweep."""
    if not Order.objects.filter(pk=order_id).exists():
        return "no such order"
    return deliver_rows(self, [outbox.add(kind, order_id) for kind in order_mail.KINDS])


@shared_task(ignore_result=True, autoretry_for=(Exception,), retry_backoff=5, max_retries=10)
def process_stripe_event(event_pk: int) -> str:
    """Handle a recorded webhook event: settle its PaymentIntent from Stripe's current state."""
    from checkout import webhooks

    return webhooks.process(event_pk)


@shared_task(ignore_result=True)
def reconcile_payments() -> str:
    """Celery beat's run of `manage.py reconcile_payments`: every repair logged as a warning,
    every payment it could not repair as an error, and the counts returned."""
    from checkout.reconcile import reconcile

    report = reconcile()
    for line in report.repairs:
        logger.warning("reconcile: %s", line)
    for line in report.failures:
        logger.error("reconcile: %s", line)
    if report.failures:
        logger.error("reconcile: %s payment(s) could not be repaired", len(report.failures))
    return report.summary()
