"""A new article reaches every confirmed subscriber once, by Celery (eager here)."""
import re
from datetime import timedelta
from smtplib import SMTPRecipientsRefused

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from blog.newsletter import sending, tasks
from blog.newsletter.models import ArticleSend, Delivery, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db


def _subscribers(confirmed=3, pending=1, unsubscribed=1):
    made = [Subscriber.objects.create(email=f"reader{n}@example.ca", status=Subscriber.CONFIRMED)
            for n in range(confirmed)]
    for n in range(pending):
        Subscriber.objects.create(email=f"waiting{n}@example.ca")
    for n in range(unsubscribed):
        Subscriber.objects.create(email=f"gone{n}@example.ca", status=Subscriber.UNSUBSCRIBED)
    return made


def test_publishing_an_article_mails_each_confirmed_subscriber_once(django_capture_on_commit_callbacks):
    _subscribers()
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.article(title="Trigger points, gently", days_ago=0)
    assert sorted(m.to[0] for m in mail.outbox) == [f"reader{n}@example.ca" for n in range(3)]
    message = mail.outbox[0]
    assert message.subject == "Trigger points, gently"
    assert message.alternatives[0][1] == "text/html"
    unsubscribe = re.search(r"<(http://[^>]+/newsletter/unsubscribe/[^>]+/)>", message.extra_headers["List-Unsubscribe"]).group(1)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in message.body and unsubscribe in message.alternatives[0][0]
    assert "Know Your Body Best Therapeutic Supplies Inc., 1100 Burloak Drive, Unit 4, Burlington, ON L7L 6B2" in message.body
    assert article.get_absolute_url() in message.body
    send = ArticleSend.objects.get()
    assert send.status == ArticleSend.DONE and send.recipients == 3
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 3


def test_each_subscriber_gets_an_article_once_however_often_the_job_runs(django_capture_on_commit_callbacks):
    _subscribers(confirmed=5)
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.article(days_ago=0)
    tasks.mail_article(article.pk)                        # enqueued twice
    send = ArticleSend.objects.get()
    tasks.fan_out(send.pk)                                # fan-out redelivered
    first, last = Subscriber.objects.order_by("pk").values_list("pk", flat=True)[::4]
    tasks.send_batch(send.pk, first, last)                # a batch redelivered
    article.save()                                        # edited after sending
    assert len(mail.outbox) == 5 and Delivery.objects.count() == 5


def test_batches_split_the_list_and_fan_out_never_loads_it_whole(settings, django_capture_on_commit_callbacks):
    settings.NEWSLETTER_BATCH_SIZE = 2
    _subscribers(confirmed=5)
    queued = []
    send = ArticleSend.objects.create(article=factories.article(days_ago=0, status="draft"))
    assert sending.fan_out(send.pk, lambda *args: queued.append(args)) == 5
    ids = list(Subscriber.objects.filter(status="confirmed").order_by("pk").values_list("pk", flat=True))
    assert queued == [(send.pk, ids[0], ids[1]), (send.pk, ids[2], ids[3]), (send.pk, ids[4], ids[4])]


def test_a_scheduled_article_is_mailed_when_its_time_comes(django_capture_on_commit_callbacks):
    _subscribers()
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.article(days_ago=-1)  # tomorrow
    tasks.mail_due_articles()
    assert mail.outbox == []
    article.publish_at = timezone.now() - timedelta(minutes=1)
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert len(mail.outbox) == 3


def test_old_articles_are_never_mailed_out_of_the_blue(django_capture_on_commit_callbacks):
    _subscribers()
    with django_capture_on_commit_callbacks(execute=True):
        factories.article(days_ago=30)
    tasks.mail_due_articles()
    assert mail.outbox == [] and not ArticleSend.objects.exists()


class Bouncing(EmailBackend):
    """The test outbox, refusing one address (a mailbox that no longer exists)."""

    def send_messages(self, messages):
        for message in messages:
            if "reader1@" in message.to[0]:
                raise SMTPRecipientsRefused({message.to[0]: (550, b"No such mailbox")})
        return super().send_messages(messages)


def test_a_failing_address_is_retried_with_backoff_then_marked_failed_and_the_rest_still_go(
        settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.blog.newsletter.test_sending.Bouncing"
    settings.NEWSLETTER_MAX_ATTEMPTS = 2
    _subscribers(confirmed=3)
    with django_capture_on_commit_callbacks(execute=True):
        factories.article(days_ago=0)
    assert sorted(m.to[0] for m in mail.outbox) == ["reader0@example.ca", "reader2@example.ca"]
    bounced = Delivery.objects.get(subscriber__email="reader1@example.ca")
    assert bounced.status == Delivery.PENDING and bounced.attempts == 1 and "No such mailbox" in bounced.error
    assert bounced.next_attempt > timezone.now() + timedelta(seconds=50)  # 60 s backoff
    assert ArticleSend.objects.get().status == ArticleSend.SENDING

    Delivery.objects.filter(pk=bounced.pk).update(next_attempt=timezone.now())
    assert tasks.mail_due_articles() == "0 started, 1 swept"
    bounced.refresh_from_db()
    assert bounced.status == Delivery.FAILED and bounced.attempts == 2
    assert ArticleSend.objects.get().status == ArticleSend.DONE
    assert len(mail.outbox) == 2


def test_a_subscriber_who_leaves_during_a_send_gets_nothing_more(settings, django_capture_on_commit_callbacks):
    readers = _subscribers(confirmed=2)
    send = ArticleSend.objects.create(article=factories.article(days_ago=0, status="draft"))
    sending.fan_out(send.pk, lambda *args: None)
    readers[1].unsubscribe()
    sending.send_batch(send.pk, readers[0].pk, readers[1].pk)
    assert [m.to[0] for m in mail.outbox] == ["reader0@example.ca"]


class Clock:
    """Stands in for the time module in sending.py: sleeping moves it on at once."""

    def __init__(self, now):
        self.now = now
        self.slept = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(round(seconds, 2))
        assert len(self.slept) < 100, "the rate limiter never let the message go"
        self.now += seconds


def test_the_rate_limit_holds_the_sixth_message_of_a_second_until_the_next(settings, monkeypatch):
    clock = Clock(1_800_000_000.25)
    monkeypatch.setattr(sending, "time", clock)
    settings.NEWSLETTER_RATE_PER_SECOND = 5
    for _ in range(5):
        sending._wait_for_rate()
    assert clock.slept == []
    sending._wait_for_rate()
    assert clock.slept == [0.75] and int(clock.now) == 1_800_000_001


def test_a_rate_under_one_a_second_lets_one_message_go_every_two_seconds(settings, monkeypatch):
    clock = Clock(1_800_000_000.5)
    monkeypatch.setattr(sending, "time", clock)
    settings.NEWSLETTER_RATE_PER_SECOND = 0.5
    sending._wait_for_rate()
    assert clock.slept == []
    sending._wait_for_rate()
    assert clock.now == 1_800_000_002  # the next two-second window
    for _ in range(4):
        sending._wait_for_rate()
    assert clock.now == 1_800_000_010  # six messages in ten seconds
