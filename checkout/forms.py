from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import forms as oscar_forms

from checkout import limits, postal_codes
from checkout.tax import PROVINCES

ShippingMethodForm = oscar_forms.ShippingMethodForm


class GatewayForm(oscar_forms.GatewayForm):
    """Oscar's "guest or sign in" step, with the email no longer than the order keeps a
    guest's (Django's email field allows 320 characters, the order's column 254)."""

    username = forms.EmailField(
        label=_("My email address is"), max_length=limits.GUEST_EMAIL_MAX_LENGTH,
        error_messages={"max_length": _("Enter an email address of at most %(limit_value)d "
                                        "characters.")},
    )


class ShippingAddressForm(oscar_forms.ShippingAddressForm):
    """Oscar's shipping address for Canada only: the province or territory is a required choice
    of the 13, the postal code has the Canadian shape and belongs to that province (stored as
    "A1A 1A1"), and a phone number for the carrier is required."""

    state = forms.ChoiceField(
        label=_("Province or territory"), choices=[("", _("Choose…")), *PROVINCES],
        error_messages={"required": _("Choose the province or territory."),
                        "invalid_choice": _("Choose one of Canada's provinces or territories.")},
    )

    notes = forms.CharField(
        label=_("Instructions"), required=False, max_length=limits.NOTES_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Anything the courier should know when delivering your order."),
        error_messages={"max_length": _("Keep the instructions to %(limit_value)d characters.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["postcode"].label = _("Postal code")
        self.fields["postcode"].required = True
        self.fields["phone_number"].required = True
        self.fields["phone_number"].help_text = _("For the carrier, in case of a delivery question.")
        self.fields["line4"].label = _("City")

    def clean_postcode(self):
        try:
            return postal_codes.normalise(self.cleaned_data.get("postcode"))
        except postal_codes.PostalCodeError as error:
            raise forms.ValidationError(str(error)) from None

    def clean(self):
        cleaned = super().clean()
        posted_country = (self.data.get(self.add_prefix("country")) or "").strip().upper()
        if posted_country and posted_country not in ("CA", "CAN"):
            raise forms.ValidationError(_("We ship within Canada only."))
        postcode, province = cleaned.get("postcode"), cleaned.get("state")
        if postcode and province:
            try:
                postal_codes.check_province(postcode, province)
            except postal_codes.PostalCodeError as error:
                self.add_error("postcode", str(error))
        return cleaned
