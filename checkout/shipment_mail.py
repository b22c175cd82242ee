"""The shopper's "Your order is on its way" mail (HTML and text), once per parcel through
bodybest/mail/ (kind "shipment-on-its-way"), in the order's language: the carrier, the tracking
number with its link, and the lines in that parcel."""
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from checkout.models import OrderLanguage, Shipment
from checkout.order_mail import _context


class OnItsWayMail:
    def message(self, shipment_id):
        shipment = Shipment.objects.select_related("order__user").filter(pk=shipment_id).first()
        order = shipment and shipment.order
        address = order and (order.guest_email if order.is_anonymous else order.user.email)
        if not address:
            return None
        with translation.override(OrderLanguage.of(order.pk)):
            context = {**_context(order), "shipment": shipment,
                       "shipment_lines": shipment.lines.select_related("line")}
            message = EmailMultiAlternatives(
                subject=gettext("Your order %(number)s is on its way") % {"number": order.number},
                body=render_to_string("checkout/email/shipment_on_its_way.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL, to=[address])
            message.attach_alternative(
                render_to_string("checkout/email/shipment_on_its_way.html", context), "text/html")
        return message

    def sent(self, shipment_id, when):
        pass  # the OutgoingMail row records it
