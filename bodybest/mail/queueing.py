"""Asking for a transactional mail from inside the transaction that calls for it: the row is
written with the transaction, and the task that sends it is queued once it commits."""
from django.db import transaction

from bodybest.mail import outbox
from bodybest.mail.tasks import deliver_mail


def queue_mail(kind, object_id):
    mail_id = outbox.add(kind, object_id)
    # robust: the row is committed already; if the broker cannot take the task, the request
    # still succeeds and Celery beat's sweep sends the mail (MAIL_SWEEP_AFTER_SECONDS).
    transaction.on_commit(lambda: deliver_mail.delay(mail_id), robust=True)
    return mail_id
