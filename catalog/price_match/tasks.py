from celery import shared_task

from bodybest.mail import outbox
from bodybest.mail.tasks import MAIL_TASK, deliver_rows
from catalog.price_match import decisions


@shared_task(bind=True, **MAIL_TASK)
def mail_decision(self, match_id: int) -> str:
    """The shopper's mail for a decision, exactly once (decisions.py queues it with the
    decision; this entry point serves a task queued by name)."""
    return deliver_rows(self, [outbox.add("price-match-decision", match_id)])


@shared_task(ignore_result=True)
def expire_stale_requests() -> int:
    return decisions.expire_stale()
