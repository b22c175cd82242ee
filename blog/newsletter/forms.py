from django import forms
from django.utils.translation import gettext_lazy as _

from blog.newsletter import consent


class SignupForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254,
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    consent = forms.BooleanField(
        required=True, label="",
        error_messages={"required": _("Tick the box to agree to receive our articles by email.")},
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput, max_length=500)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent.text()
