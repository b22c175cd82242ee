from celery import shared_task

from bodybest.mail import outbox
from bodybest.mail.tasks import MAIL_TASK, deliver_rows


@shared_task(bind=True, **MAIL_TASK)
def mail_contact_message(self, message_id: int) -> str:
    """Mail a contact-form message to staff exactly once (the contact view queues it with the
    message; this entry point serves a task queued by name). Safe to run twice."""
    return deliver_rows(self, [outbox.add("contact-message", message_id)])
