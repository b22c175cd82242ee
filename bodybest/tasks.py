from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone

from .models import ContactMessage


@shared_task(
    ignore_result=True, autoretry_for=(SMTPException, OSError), retry_backoff=True, max_retries=5
)
def mail_contact_message(message_id: int) -> str:
    """Mail a contact-form message to staff once; safe to run twice."""
    contact = ContactMessage.objects.filter(pk=message_id, mailed_at__isnull=True).first()
    if contact is None:
        return "skipped"
    body = render_to_string("bodybest/email/contact_message.txt", {"contact": contact})
    EmailMessage(
        subject=f"Contact form: {contact.name}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.STORE_STAFF_EMAIL],
        reply_to=[contact.email],
    ).send()
    ContactMessage.objects.filter(pk=contact.pk).update(mailed_at=timezone.now())
    return "sent"
