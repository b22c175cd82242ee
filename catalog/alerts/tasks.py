"""Celery's entry point for back-in-stock alerts; the work is in mail.py."""
from celery import shared_task

from bodybest.mail.tasks import MAIL_TASK, deliver_rows
from catalog.alerts import mail


@shared_task(bind=True, **MAIL_TASK)
def mail_back_in_stock(self, product_ids: list[int]) -> str:
    """Mail every active alert of these restocked products, each exactly once, and close it.
    Safe to run twice: each alert has one mail row (bodybest/mail/), and a product that sold out
    again meanwhile mails nobody."""
    return deliver_rows(self, mail.rows_for(product_ids))
