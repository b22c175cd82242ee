import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage


def one_line(value):
    """Refuse line breaks and other control characters in a one-line field: the name goes into
    the subject of the mail staff get, where a line break would end the header."""
    if any(unicodedata.category(character) in ("Cc", "Zl", "Zp") for character in value):
        raise ValidationError(_("Write this on one line, without line breaks or tabs."), code="one_line")


class ContactForm(forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["name", "email", "phone", "order_number", "message"]
        labels = {"name": _("Name"), "email": _("Email"), "phone": _("Phone"),
                  "order_number": _("Order number (if it is about an order)"), "message": _("Message")}
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "phone", "order_number"):
            self.fields[name].validators.append(one_line)
