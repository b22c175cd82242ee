"""Celery's entry points for transactional mail; the work is in outbox.py.

Late acknowledgement and rejection on a lost worker: a task whose worker was killed comes back
(after the broker's visibility timeout), and every step is safe to run twice."""
from celery import shared_task

from bodybest.mail import outbox

MAIL_TASK = {"ignore_result": True, "acks_late": True, "reject_on_worker_lost": True}


def deliver_rows(task, mail_ids):
    """Deliver each row; "sent" once none waits (sent now or before, or given up on). When one
    must wait (a retry after a failure, another worker's claim), the task retries itself then;
    run eagerly (no broker), it leaves them to Celery beat's sweep."""
    waits = [wait for wait in (outbox.deliver(pk) for pk in mail_ids) if wait is not None]
    if not waits:
        return "sent"
    if task.request.is_eager or task.request.called_directly:  # no broker to come back through
        return f"waits {min(waits)} s; Celery beat's sweep takes it then"
    raise task.retry(countdown=min(waits), max_retries=None)


@shared_task(bind=True, **MAIL_TASK)
def deliver_mail(self, mail_id: int) -> str:
    return deliver_rows(self, [mail_id])


@shared_task(ignore_result=True)
def sweep_outgoing_mail() -> str:
    """Celery beat, every minute: mail a lost task left pending or "sending"."""
    ids = outbox.due()
    for mail_id in ids:
        deliver_mail.delay(mail_id)
    return f"{len(ids)} queued"
