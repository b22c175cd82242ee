"""Helpers for the storefront's form templates (templates/oscar/partials/form_field.html and
form_errors.html): what the browser may fill in a field, and where an error summary's link
should take the shopper."""
from django import template

register = template.Library()

# For Oscar's forms we use as they are (sign-in, registration, profile, address book), by field
# name; a form that sets its own `autocomplete` keeps it (checkout/forms.py, bodybest/forms.py).
AUTOCOMPLETE = {
    "first_name": "given-name", "last_name": "family-name", "email": "email",
    "username": "email", "line1": "address-line1", "line2": "address-line2",
    "line4": "address-level2", "state": "address-level1", "postcode": "postal-code",
    "phone_number": "tel", "password": "current-password", "password1": "new-password",
    "password2": "new-password",
}


@register.filter
def autocomplete(field):
    """The `autocomplete` token for a bound field, or "" when none fits."""
    if "autocomplete" in field.field.widget.attrs:
        return field.field.widget.attrs["autocomplete"]
    return AUTOCOMPLETE.get(field.name, "")


@register.filter
def field_anchor(field):
    """The id of the control a shopper should land on for this field: the field's own, or the
    first option's for a group of radio buttons or checkboxes (the group has no id of its own)."""
    if field.widget_type in ("radioselect", "checkboxselectmultiple"):
        return f"{field.auto_id}_0"
    return field.auto_id
