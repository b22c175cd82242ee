"""A contact-form message mailed to staff, exactly once through bodybest/mail/ (kind
"contact-message"); the reply goes to the shopper."""
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

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
        return EmailMessage(
            subject=f"Contact form: {one_line(contact.name)}"[:200],
            body=render_to_string("bodybest/email/contact_message.txt", {"contact": contact}),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[settings.STORE_STAFF_EMAIL],
            reply_to=[one_line(contact.email)],
        )

    def sent(self, message_id, when):
        ContactMessage.objects.filter(pk=message_id, mailed_at__isnull=True).update(mailed_at=when)
