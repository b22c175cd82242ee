"""Celery tasks of the checkout: order mail, Stripe webhook events, reconciliation.

All are queued after the transaction that calls for them commits, and all are safe to run
twice: mail is claimed on the payment row before it is sent, events are recorded once, and
payments are settled from Stripe's current state.
"""
import logging
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_class, get_model

logger = logging.getLogger("bodybest.checkout")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")
Order = get_model("order", "Order")

MAIL_ERRORS = (SMTPException, OSError)


@shared_task(ignore_result=True, autoretry_for=MAIL_ERRORS, retry_backoff=30,
             retry_backoff_max=3600, max_retries=8)
def send_order_mail(order_id: int) -> str:
    """The customer's confirmation (HTML and text) and the staff notification, each once.
    An SMTP failure retries with backoff; the order and the basket are never touched."""
    from checkout.models import CardPayment

    order = Order.objects.select_related("user", "shipping_address").filter(pk=order_id).first()
    if order is None:
        return "no such order"
    sent = []
    if _claim(CardPayment, order_id, "confirmation_mailed"):
        try:
            OrderDispatcher(logger=logger).send_order_placed_email_for_user(order, _context(order))
        except MAIL_ERRORS:
            _unclaim(CardPayment, order_id, "confirmation_mailed")
            raise
        sent.append("confirmation")
    if _claim(CardPayment, order_id, "staff_notified"):
        try:
            _notify_staff(order)
        except MAIL_ERRORS:
            _unclaim(CardPayment, order_id, "staff_notified")
            raise
        sent.append("staff")
    return ", ".join(sent) or "already sent"


def _claim(model, order_id, field):
    return model.objects.filter(order_id=order_id, **{f"{field}__isnull": True}).update(
        **{field: timezone.now()}
    )


def _unclaim(model, order_id, field):
    model.objects.filter(order_id=order_id).update(**{field: None})


def _context(order):
    site = Site.objects.get_current()
    if order.user_id:
        path = reverse("customer:order", kwargs={"order_number": order.number})
    else:
        path = reverse("customer:anon-order",
                       kwargs={"order_number": order.number, "hash": order.verification_hash()})
    return {"order": order, "user": order.user, "lines": order.lines.all(), "site": site,
            "status_path": path, "status_url": f"{settings.OSCAR_URL_SCHEMA}://{site.domain}{path}"}


def _notify_staff(order):
    site = Site.objects.get_current()
    context = {
        "order": order,
        "lines": order.lines.all(),
        "dashboard_url": f"{settings.OSCAR_URL_SCHEMA}://{site.domain}"
        + reverse("dashboard:order-detail", kwargs={"number": order.number}),
    }
    message = EmailMultiAlternatives(
        subject=f"New order {order.number}: {order.total_incl_tax} {order.currency}",
        body=render_to_string("checkout/email/staff_new_order.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.STORE_STAFF_EMAIL],
    )
    message.attach_alternative(render_to_string("checkout/email/staff_new_order.html", context),
                               "text/html")
    message.send()


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
