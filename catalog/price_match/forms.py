from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bodybest.images import ViewableImageField
from catalog.price_match import rules


class PriceMatchForm(forms.Form):
    competitor_name = forms.CharField(label=gettext_lazy("Competitor"), max_length=120,
                                      help_text=gettext_lazy("The Canadian retailer selling it for less."))
    competitor_url = forms.CharField(label=gettext_lazy("Link to their product page"), max_length=500,
                                     widget=forms.URLInput(attrs={"placeholder": "https://"}))
    competitor_price = forms.CharField(label=gettext_lazy("Their price (CAD, before tax)"), max_length=20,
                                       widget=forms.TextInput(attrs={"inputmode": "decimal"}))
    competitor_shipping = forms.CharField(label=gettext_lazy("Their shipping charge (CAD, 0 if free)"), max_length=20,
                                          initial="0.00",
                                          widget=forms.TextInput(attrs={"inputmode": "decimal"}))
    identical = forms.BooleanField(
        label=gettext_lazy("It is the identical item (same brand, model and size), new, and in stock at their store."),
        error_messages={"required": gettext_lazy("We can only match an identical item that is new and in stock.")})
    name = forms.CharField(label=gettext_lazy("Your name"), max_length=120)
    email = forms.EmailField(label=gettext_lazy("Your email address"), max_length=254)
    order_number = forms.CharField(label=gettext_lazy("Already bought it from us? Your order number (optional)"),
                                   max_length=32, required=False)
    screenshot = ViewableImageField(label=gettext_lazy("Screenshot of their price (optional, an image)"), required=False)

    def __init__(self, *args, max_screenshot_mb=3, account=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_screenshot_mb = max_screenshot_mb
        if account is not None and account.is_authenticated:
            # Signed in, the request is the account's and we write to the account's address.
            self.fields["name"].initial = account.get_full_name()
            email = self.fields["email"]
            email.initial, email.disabled = account.email, True
            email.help_text = _("Your account's address; we write to it about this request.")
        else:
            self.fields["email"].help_text = _("We mail you a link to confirm the request is yours.")

    def clean_competitor_url(self):
        url = self.cleaned_data["competitor_url"].strip()
        try:
            rules.domain_of(url)
        except ValueError as error:
            raise forms.ValidationError(str(error))
        return url

    def clean_competitor_price(self):
        return self._money("competitor_price", _("their price"), positive=True)

    def clean_competitor_shipping(self):
        return self._money("competitor_shipping", _("their shipping charge"), positive=False)

    def _money(self, field, words, positive):
        try:
            amount = rules.money(self.cleaned_data[field], words)
        except ValueError as error:
            raise forms.ValidationError(str(error))
        if positive and amount <= 0:
            raise forms.ValidationError(_("Their price must be more than $0.00."))
        return amount

    def clean_screenshot(self):
        image = self.cleaned_data.get("screenshot")
        if image and image.size > self.max_screenshot_mb * 1024 * 1024:
            raise forms.ValidationError(
                _("The screenshot is too large: at most %(mb)s MB.") % {"mb": self.max_screenshot_mb})
        return image
