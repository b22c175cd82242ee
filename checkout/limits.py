"""What a checkout may hold, measured against the columns that will keep it.

Each step's form refuses a value that does not fit (checkout/forms.py). `snapshot_problems`
checks the whole submission again when the shopper presses Pay, before any card is touched
(a session can outlive a deploy, and an address book entry was saved by Oscar's own forms),
and once more before an order is made from a saved snapshot: an authorised payment must never
wait on an order the database would refuse.
"""
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from oscar.core.loading import get_model

Order = get_model("order", "Order")
ShippingAddress = get_model("order", "ShippingAddress")

GUEST_EMAIL_MAX_LENGTH = Order._meta.get_field("guest_email").max_length
# Delivery instructions go on a courier's label; the column is unlimited text, a label is not.
NOTES_MAX_LENGTH = 1000
LABELS = {"line1": gettext_lazy("Address"), "line2": gettext_lazy("Address line 2"),
          "line3": gettext_lazy("Address line 3"), "line4": gettext_lazy("City"),
          "state": gettext_lazy("Province or territory"), "postcode": gettext_lazy("Postal code"),
          "notes": gettext_lazy("Instructions")}


def max_length(field_name):
    """The most characters the shipping address's `field_name` may hold."""
    if field_name == "notes":
        return NOTES_MAX_LENGTH
    return ShippingAddress._meta.get_field(field_name).max_length


def label(field_name):
    return str(LABELS.get(field_name) or "") or str(ShippingAddress._meta.get_field(field_name).verbose_name)


def snapshot_problems(saved):
    """One sentence for the shopper per value of `saved` (checkout/placement.py's snapshot)
    that its column cannot hold: longer than the column, or holding a NUL character, which
    PostgreSQL refuses in text. An empty list when everything fits."""
    problems = []
    email = saved.get("guest_email") or ""
    if len(email) > GUEST_EMAIL_MAX_LENGTH or "\x00" in email:
        problems.append(_("Your email address must be at most %(max)d characters, without "
                          "control characters.") % {"max": GUEST_EMAIL_MAX_LENGTH})
    for name, value in (saved.get("address") or {}).items():
        value = value or ""
        limit = max_length(name)
        if "\x00" in value:
            problems.append(_("%(field)s contains a character we cannot store.") % {"field": label(name)})
        elif limit is not None and len(value) > limit:
            problems.append(_("%(field)s must be at most %(max)d characters.") % {"field": label(name), "max": limit})
    return problems
