from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import forms as oscar_forms

from checkout import postal_codes
from checkout.tax import PROVINCES

ShippingMethodForm = oscar_forms.ShippingMethodForm
GatewayForm = oscar_forms.GatewayForm


class ShippingAddressForm(oscar_forms.ShippingAddressForm):
    """Oscar's shipping address for Canada only: the province or territory is a required choice
    of the 13, the postal code has the Canadian shape and belongs to that province (stored as
    "A1A 1A1"), and a phone number for the carrier is required."""

    state = forms.ChoiceField(
        label=_("Province or territory"), choices=[("", _("Choose…")), *PROVINCES],
        error_messages={"required": _("Choose the province or territory."),
                        "invalid_choice": _("Choose one of Canada's provinces or territories.")},
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
