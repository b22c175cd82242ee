"""The name a receipt prints for a Canadian sales tax, in the shopper's language.

Staff name each rate in the admin (checkout.models.TaxRate.name: "GST", "QST", ...) and an
order keeps the name it was placed under. A name we know is shown in the page's language, so a
French receipt reads TPS, TVQ, TVH (bodybest/locale); any other name is shown as it was written.
"""
from django.utils.translation import gettext_lazy as _

NAMES = {
    "GST": _("GST"),
    "HST": _("HST"),
    "PST": _("PST"),
    "QST": _("QST"),
    "RST": _("RST"),
    "Sales tax": _("Sales tax"),
}


def shown(name):
    """``name`` in the active language when it is one of ours, else as given."""
    return str(NAMES.get(name, name))
