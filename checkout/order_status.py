"""An order's status as the shopper reads it, in their language.

Oscar stores the status as the English name its pipeline uses (settings.OSCAR_ORDER_STATUS_PIPELINE),
which code and staff compare; the shopper's order pages show it through `status_name`, and a
status staff add without a name here shows as stored."""
from django.utils.translation import gettext_lazy as _

NAMES = {
    "Awaiting payment": _("Awaiting payment"),
    "Paid": _("Paid"),
    "Being prepared": _("Being prepared"),
    "Shipped": _("Shipped"),
    "Partially refunded": _("Partially refunded"),
    "Refunded": _("Refunded"),
    "Cancelled": _("Cancelled"),
}


def status_name(status):
    return NAMES.get(status, status)
