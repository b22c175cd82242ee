from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from blog.newsletter import publishing, sending
from blog.newsletter.mail import ArticleMail, confirmation_message
from blog.newsletter.models import Subscriber


@shared_task(ignore_result=True, acks_late=True, reject_on_worker_lost=True)
def mail_article(article_id: int) -> str:
    """Start an article's mailing, unless it has one already."""
    send = publishing.start(article_id)
    if send is None:
        return "not due, or started already"
    fan_out.delay(send.pk)
    return f"send {send.pk} queued"


@shared_task(ignore_result=True, acks_late=True, reject_on_worker_lost=True)
def fan_out(send_id: int) -> int:
    return sending.fan_out(send_id, lambda *args: send_batch.delay(*args))


@shared_task(bind=True, ignore_result=True, acks_late=True, reject_on_worker_lost=True,
             autoretry_for=(OSError,), retry_backoff=10, max_retries=None)
def send_batch(self, send_id: int, first_id: int, last_id: int) -> str:
    retry_in = sending.send_batch(send_id, first_id, last_id)
    if retry_in is None:
        return "done"
    if self.request.is_eager:  # no broker to wait on: Celery beat's sweep picks them up
        return f"rows wait {retry_in} s for another attempt"
    raise self.retry(countdown=retry_in, max_retries=None)


@shared_task(ignore_result=True)
def mail_due_articles() -> str:
    """Celery beat, every minute: scheduled articles whose time has come, and a sweep of sends
    with rows due again (a retry time passed, or a lost task left them)."""
    started = 0
    for article_id in publishing.due_articles().values_list("pk", flat=True):
        mail_article.delay(article_id)
        started += 1
    swept = 0
    for send_id, first_id, last_id in sending.due_ranges():
        send_batch.delay(send_id, first_id, last_id)
        swept += 1
    return f"{started} started, {swept} swept"


@shared_task(ignore_result=True, autoretry_for=(SMTPException, OSError), retry_backoff=30, max_retries=6)
def send_confirmation(subscriber_id: int, nonce: str) -> str:
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.PENDING,
                                           confirmation_nonce=nonce).first()
    if subscriber is None:
        return "no longer waiting"
    confirmation_message(subscriber).send()
    return "sent"


@shared_task(ignore_result=True, autoretry_for=(SMTPException, OSError), retry_backoff=10, max_retries=3)
def send_test(article_id: int, email: str) -> str:
    """Staff's "send a test to me": the article as subscribers get it, with a test subject."""
    from blog.models import Article

    article = Article.objects.get(pk=article_id)
    preview = Subscriber(pk=0, email=email, status=Subscriber.CONFIRMED)
    message = ArticleMail(article).for_subscriber(preview)
    message.subject = f"[Test] {message.subject}"
    message.send()
    return f"test sent to {email} at {timezone.now():%H:%M}"
