"""The alerts' two mails, each sent once through bodybest/mail/ (kinds.py):

- "back-in-stock": one per alert when its product can be bought again; the alert is closed when
  the SMTP server has it;
- "back-in-stock-confirmation": the guest's "confirm your address" mail, Oscar's
  PRODUCT_ALERT_CONFIRMATION message, sent after the request commits (Oscar sent it inside the
  request, where an SMTP failure was a 500).

Each is written in the language of the page the alert was asked on (catalog.models.AlertLanguage).
"""
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from bodybest.business import BUSINESS
from bodybest.mail import outbox

KIND = "back-in-stock"
CONFIRMATION_KIND = "back-in-stock-confirmation"
Product = get_model("catalogue", "Product")
ProductAlert = get_model("customer", "ProductAlert")
AlertLanguage = get_model("catalogue", "AlertLanguage")
Selector = get_class("partner.strategy", "Selector")
AlertsDispatcher = get_class("customer.alerts.utils", "AlertsDispatcher")


def rows_for(product_ids):
    """Mail rows (made if missing) for the active alerts of these products that a shopper can
    buy now, and of their parents (an alert on a product with variants waits for any of them).
    Unconfirmed, cancelled and closed alerts get nothing."""
    strategy = Selector().strategy()
    buyable = set()
    for product in Product.objects.filter(pk__in=product_ids).select_related("parent", "product_class"):
        if strategy.fetch_for_product(product).availability.is_available_to_buy:
            buyable.update({product.pk, product.parent_id} - {None})
    alert_ids = (ProductAlert.objects.filter(product_id__in=buyable, status=ProductAlert.ACTIVE)
                 .order_by("pk").values_list("pk", flat=True))
    return [outbox.add(KIND, alert_id) for alert_id in alert_ids]


class BackInStockMail:
    def message(self, alert_id):
        with translation.override(AlertLanguage.of(alert_id)):
            return self._message(alert_id)

    def _message(self, alert_id):
        alert = (ProductAlert.objects.select_related("product", "user")
                 .filter(pk=alert_id, status=ProductAlert.ACTIVE).first())
        address = alert and alert.get_email_address()
        if not address:  # cancelled or closed meanwhile, or an account without an address
            return None
        product = alert.product
        site = Site.objects.get_current()
        purchase = Selector().strategy().fetch_for_product(product)
        context = {
            "alert": alert,
            "product": product,
            "title": product.get_title(),
            "price": purchase.price if purchase.price.exists else None,
            "product_url": f"{settings.OSCAR_URL_SCHEMA}://{site.domain}{product.get_absolute_url()}",
            "first_name": alert.user.first_name if alert.user_id else "",
            "business": BUSINESS,
        }
        message = EmailMultiAlternatives(
            subject=" ".join((_("Back in stock: %(title)s") % {"title": context["title"]}).split())[:200],
            body=render_to_string("catalog/email/back_in_stock.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[address],
        )
        message.attach_alternative(render_to_string("catalog/email/back_in_stock.html", context), "text/html")
        return message

    def sent(self, alert_id, when):
        ProductAlert.objects.filter(pk=alert_id, status=ProductAlert.ACTIVE).update(
            status=ProductAlert.CLOSED, date_closed=when)


class _Collected:
    """A mail connection that keeps what Oscar's dispatcher would send: Oscar builds the
    message, bodybest/mail/ sends it."""

    def send_messages(self, messages):
        return len(messages)


class ConfirmationMail:
    def message(self, alert_id):
        alert = (ProductAlert.objects.select_related("product")
                 .filter(pk=alert_id, status=ProductAlert.UNCONFIRMED).first())
        if alert is None or not alert.email:  # confirmed, cancelled or gone meanwhile
            return None
        with translation.override(AlertLanguage.of(alert_id)):
            dispatcher = AlertsDispatcher(mail_connection=_Collected()).dispatcher
            messages = dispatcher.get_messages(AlertsDispatcher.PRODUCT_ALERT_CONFIRMATION_EVENT_CODE,
                                               {"alert": alert})
            return dispatcher.send_email_messages(alert.email, messages)

    def sent(self, alert_id, when):
        """Nothing to record: the alert waits for its owner to confirm it."""
