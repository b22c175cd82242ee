"""The two mails of a placed order, each sent exactly once through bodybest/mail/: the
customer's confirmation (Oscar's ORDER_PLACED communication, HTML and text), written in the
language the order was placed in (checkout.models.OrderLanguage), and the staff notification.
The order and the basket are never touched."""
import logging

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_class, get_model

logger = logging.getLogger("bodybest.checkout")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")
Order = get_model("order", "Order")
CommunicationEvent = get_model("order", "CommunicationEvent")
CommunicationEventType = get_model("communication", "CommunicationEventType")
KINDS = ("order-confirmation", "order-staff")


class _Collected:
    """A mail connection that keeps what Oscar's dispatcher would send: Oscar builds the
    message, bodybest/mail/ sends it."""

    def __init__(self):
        self.messages = []

    def send_messages(self, messages):
        self.messages.extend(messages)
        return len(messages)


def _order(order_id):
    return Order.objects.select_related("user", "shipping_address").filter(pk=order_id).first()


class Confirmation:
    def message(self, order_id):
        """The confirmation with the order's invoice attached as a PDF (checkout/invoice_pdf.py)."""
        from checkout import invoice_pdf

        built = _confirmation(_order(order_id))
        if not built:
            return None
        order = _order(order_id)
        built[2].attach(f"{invoice_pdf.reference(order)}.pdf", invoice_pdf.invoice(order), "application/pdf")
        return built[2]

    def sent(self, order_id, when):
        """What Oscar records when it sends the confirmation itself: the order's communication
        event, and for a customer with an account the mail in their history."""
        from checkout.models import CardPayment

        CardPayment.objects.filter(order_id=order_id, confirmation_mailed__isnull=True).update(
            confirmation_mailed=when)
        order = _order(order_id)
        event_type = CommunicationEventType.objects.filter(code=OrderDispatcher.ORDER_PLACED_EVENT_CODE).first()
        if order is None or event_type is None:
            return
        CommunicationEvent.objects.create(order=order, event_type=event_type)
        if order.user_id and settings.OSCAR_SAVE_SENT_EMAILS_TO_DB:
            dispatcher, messages, email = _confirmation(order)
            dispatcher.create_email(order.user, messages, email)


def _confirmation(order):
    """(Oscar's dispatcher, its rendered messages, the EmailMessage) or None without an address.
    Rendered in the order's language: its subject, text, amounts and its status link."""
    from checkout.models import OrderLanguage

    address = order and (order.guest_email if order.is_anonymous else order.user.email)
    if not address:
        return None
    dispatcher = OrderDispatcher(logger=logger, mail_connection=_Collected()).dispatcher
    with translation.override(OrderLanguage.of(order.pk)):
        messages = dispatcher.get_messages(OrderDispatcher.ORDER_PLACED_EVENT_CODE, _context(order))
    if not (messages["subject"] and (messages["body"] or messages["html"])):
        return None
    return dispatcher, messages, dispatcher.send_email_messages(address, messages)


class StaffNotification:
    def message(self, order_id):
        """In English whatever language is active: where tasks run in the request (the embedded
        default), a French checkout would otherwise write the receipt and amounts in French."""
        order = _order(order_id)
        if order is None:
            return None
        with translation.override(settings.LANGUAGE_CODE):
            return self._message(order)

    def _message(self, order):
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
        return message

    def sent(self, order_id, when):
        from checkout.models import CardPayment

        CardPayment.objects.filter(order_id=order_id, staff_notified__isnull=True).update(staff_notified=when)


def _context(order):
    site = Site.objects.get_current()
    if order.user_id:
        path = reverse("customer:order", kwargs={"order_number": order.number})
    else:
        path = reverse("customer:anon-order",
                       kwargs={"order_number": order.number, "hash": order.verification_hash()})
    return {"order": order, "user": order.user, "lines": order.lines.all(), "site": site,
            "status_path": path, "status_url": f"{settings.OSCAR_URL_SCHEMA}://{site.domain}{path}"}
