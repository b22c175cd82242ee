"""A contact-form message mailed to staff, exactly once through bodybest/mail/ (kind
"contact-message"); the reply goes to the shopper. The mail is in English, the staff's language,
and its subject says when the shopper wrote from a French page, so the answer is in French."""
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from .mail import languages
from .models import ContactMessage


def one_line(text):
    """A header value: any run of whitespace, line breaks included, becomes one space (a line
    break in a header is refused by Django, and would let a sender write headers of their own)."""
    return " ".join(str(text).split())


class ContactMail:
    def message(self, message_id):
        contact = ContactMessage.objects.filter(pk=message_id).first()
        if contact is None:
            return None
        in_french = " (in French: please answer in French)" if languages.is_french(contact.language) else ""
        with translation.override(settings.LANGUAGE_CODE):
            body = render_to_string("bodybest/email/contact_message.txt", {"contact": contact})
        return EmailMessage(
            subject=f"Contact form{in_french}: {one_line(contact.name)}"[:200],
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[settings.STORE_STAFF_EMAIL],
            reply_to=[one_line(contact.email)],
        )

    def sent(self, message_id, when):
        ContactMessage.objects.filter(pk=message_id, mailed_at__isnull=True).update(mailed_at=when)
