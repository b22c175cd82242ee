from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import forms as oscar_forms
from oscar.core.loading import get_class, get_model

from checkout import limits, postal_codes
from checkout.tax import PROVINCES

ShippingMethodForm = oscar_forms.ShippingMethodForm
UserAddressForm = get_class("address.forms", "UserAddressForm")
Country = get_model("address", "Country")


class GatewayForm(oscar_forms.GatewayForm):
    """Oscar's first step (an email address, then check out as a guest, create an account, or
    sign in), in our words. The password is asked only of a shopper who signs in: Oscar's form
    required it, so the browser refused a guest's empty one, and only Oscar's script switched
    it off; without JavaScript nobody could check out as a guest. The email is no longer than
    the order keeps a guest's (Django's email field allows 320 characters, the column 254)."""

    username = forms.EmailField(
        label=_("Email address"), max_length=limits.GUEST_EMAIL_MAX_LENGTH,
        help_text=_("We send your order confirmation here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"max_length": _("Enter an email address of at most %(limit_value)d "
                                        "characters.")},
    )
    options = forms.ChoiceField(
        label=_("Do you have an account with us?"),
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        initial=oscar_forms.GatewayForm.GUEST,
        choices=[
            (oscar_forms.GatewayForm.GUEST, _("No, check out as a guest")),
            (oscar_forms.GatewayForm.NEW, _("No, create an account, then check out")),
            (oscar_forms.GatewayForm.EXISTING, _("Yes, sign in with my password")),
        ],
        error_messages={"required": _("Choose how you would like to check out.")},
    )
    ACCOUNT_EXISTS = _("There is an account for this email address: enter its password to sign "
                       "in, or use another address.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        password = self.fields["password"]
        password.required = False
        password.widget.attrs["autocomplete"] = "current-password"

    def clean(self):
        if self.cleaned_data.get("options") == self.EXISTING and not self.cleaned_data.get("password"):
            self.add_error("password", _("Enter your password to sign in, or choose to check out "
                                         "as a guest."))
            return self.cleaned_data
        cleaned = super().clean()
        switched_to_sign_in = (self.cleaned_data.get("options") != self.EXISTING
                               and self.data.get(self.add_prefix("options")) == self.EXISTING)
        if switched_to_sign_in and "username" in self._errors:
            # Oscar found an account for a guest's address and switched the choice to signing in.
            self._errors["username"] = self.error_class([self.ACCOUNT_EXISTS])
        return cleaned


class CanadianAddress:
    """A Canadian address on an Oscar address form: the province or territory is a required
    choice of the 13, the postal code has the Canadian shape and belongs to that province
    (stored as "A1A 1A1"), and a phone number for the carrier is required. Labels are a
    Canadian address's, each field tells the browser what to fill in (autocomplete), and
    Oscar's third address line is left out (street, unit, city, province and postal code are
    the whole of one; a third line saved earlier joins the second)."""

    LABELS = {"first_name": _("First name"), "last_name": _("Last name"),
              "line1": _("Street address"), "line2": _("Apartment, suite or unit"),
              "line4": _("City"), "postcode": _("Postal code"), "phone_number": _("Phone number")}
    AUTOCOMPLETE = {"first_name": "given-name", "last_name": "family-name",
                    "line1": "address-line1", "line2": "address-line2", "line4": "address-level2",
                    "state": "address-level1", "postcode": "postal-code", "phone_number": "tel"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("line3", None)
        if getattr(self.instance, "line3", ""):
            self.initial["line2"] = ", ".join(
                part for part in (self.initial.get("line2"), self.instance.line3) if part)
        if "country" in self.fields:  # Oscar's address book offers every country
            countries = Country._default_manager.filter(is_shipping_country=True)
            if len(countries) == 1:
                self.fields.pop("country")
                self.instance.country = countries[0]
            else:
                self.fields["country"].queryset = countries
        self.fields["state"] = forms.ChoiceField(
            label=_("Province or territory"), choices=[("", _("Choose…")), *PROVINCES],
            error_messages={"required": _("Choose the province or territory."),
                            "invalid_choice": _("Choose one of Canada's provinces or territories.")},
        )
        self.fields["notes"] = forms.CharField(
            label=_("Delivery instructions"), required=False, max_length=limits.NOTES_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 3}),
            help_text=_("Anything the courier should know when delivering your order."),
            error_messages={"max_length": _("Keep the instructions to %(limit_value)d characters.")},
        )
        for name, label in self.LABELS.items():
            self.fields[name].label = label
        for name, token in self.AUTOCOMPLETE.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        self.fields["postcode"].required = True
        self.fields["postcode"].widget.attrs["autocapitalize"] = "characters"
        self.fields["phone_number"].required = True
        self.fields["phone_number"].widget.input_type = "tel"
        self.fields["phone_number"].help_text = _("For the carrier, in case of a delivery question.")

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
        if self.has_error("postcode"):
            # Oscar's address model adds "Addresses in Canada require a valid postcode" to the
            # form whenever its postcode is empty; the field's own message already says what
            # is wrong, so the model is given the posted text (the form is refused anyway).
            self.instance.postcode = self.data.get(self.add_prefix("postcode")) or "-"
        if hasattr(self.instance, "line3"):
            self.instance.line3 = ""  # shown in the second line (see __init__)
        return cleaned


class ShippingAddressForm(CanadianAddress, oscar_forms.ShippingAddressForm):
    """The checkout's shipping address: Oscar's, for Canada (CanadianAddress)."""


class AddressBookForm(CanadianAddress, UserAddressForm):
    """An address of the customer's address book, edited from the checkout: the same rules as
    the shipping address, so it ships as saved (Oscar's asked for a "State/County" and a
    third line of address, and offered every country)."""
