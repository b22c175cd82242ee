"""Mailing an article to every confirmed subscriber, each at most once.

`fan_out` walks the confirmed subscribers in primary-key order, a batch at a time (never all
in memory), writes one Delivery row per subscriber (unique per article: a second fan-out adds
nothing) and queues one task per batch with the batch's first and last subscriber id.
`send_batch` claims the batch's pending rows, sends them over one SMTP connection at the
configured rate, and records each outcome as it goes; the article is rendered once per
language the batch needs (blog/newsletter/mail.py decides each subscriber's). Every step can
run twice without sending anything twice, so tasks use late acknowledgement and a killed
worker's batch simply runs again.
"""
import time
from contextlib import closing
from datetime import timedelta
from smtplib import SMTPException

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from blog.newsletter.mail import ArticleMail, article_language
from blog.newsletter.models import ArticleSend, Delivery, Subscriber
from bodybest.mail import rows
from bodybest.mail.marks import SynchronousMarks, marks
from bodybest.mail.smtp import sender


def fan_out(send_id, queue_batch):
    """Create the send's delivery rows and call `queue_batch(send_id, first_id, last_id)` per
    batch; return the number of recipients."""
    ArticleSend.objects.filter(pk=send_id, started__isnull=True).update(
        started=timezone.now(), status=ArticleSend.SENDING)
    size, after, total = settings.NEWSLETTER_BATCH_SIZE, 0, 0
    while True:
        ids = list(Subscriber.objects.filter(status=Subscriber.CONFIRMED, pk__gt=after)
                   .order_by("pk").values_list("pk", flat=True)[:size])
        if not ids:
            break
        Delivery.objects.bulk_create(
            [Delivery(send_id=send_id, subscriber_id=pk) for pk in ids], ignore_conflicts=True)
        queue_batch(send_id, ids[0], ids[-1])
        total += len(ids)
        after = ids[-1]
    ArticleSend.objects.filter(pk=send_id).update(recipients=Delivery.objects.filter(send_id=send_id).count())
    finish_if_done(send_id)
    return total


def claim(send_id, first_id, last_id, now=None):
    """Take this batch's rows that are due: pending ones, and ones a dead worker left
    "sending" longer than the claim timeout. Returns their ids."""
    now = now or timezone.now()
    return rows.claim(Delivery.objects.filter(
        _due(now), send_id=send_id, subscriber_id__gte=first_id, subscriber_id__lte=last_id), now)


def _due(now):
    pending = Q(status=Delivery.PENDING) & (Q(next_attempt__isnull=True) | Q(next_attempt__lte=now))
    return pending | rows.stale(Delivery, now, settings.NEWSLETTER_CLAIM_TIMEOUT_SECONDS)


def send_batch(send_id, first_id, last_id):
    """Send the batch's due rows. Returns seconds until rows that failed may be retried, or
    None when nothing in the batch waits."""
    send = ArticleSend.objects.select_related("article").get(pk=send_id)
    ids = claim(send_id, first_id, last_id)
    if ids:
        article_mails = {}  # language -> the article rendered once in it

        def article_mail_for(subscriber):
            language = article_language(send.article, subscriber)
            if language not in article_mails:
                article_mails[language] = ArticleMail(send.article, language)
            return article_mails[language]

        batch = (Delivery.objects.filter(pk__in=ids, status=Delivery.SENDING)
                .select_related("subscriber").order_by("subscriber_id"))
        outgoing = sender()
        # Pipelining only matters where a dot follows the mark; other backends mark in line,
        # on the same connection as the rest of the task.
        pending_marks = marks(Delivery) if outgoing.raw else SynchronousMarks(Delivery)
        with outgoing, closing(pending_marks):
            if outgoing.raw:
                build = lambda subscriber: article_mail_for(subscriber).raw_for(subscriber, send_id)  # noqa: E731
            else:
                build = lambda subscriber: article_mail_for(subscriber).for_subscriber(subscriber)  # noqa: E731
            for row in batch.iterator(chunk_size=500):
                if row.subscriber.status != Subscriber.CONFIRMED:  # unsubscribed meanwhile
                    Delivery.objects.filter(pk=row.pk).update(status=Delivery.FAILED, error="unsubscribed")
                    continue
                _wait_for_rate()
                try:
                    outgoing.send(build(row.subscriber), lambda: pending_marks.start(row.pk))
                except (SMTPException, OSError) as error:
                    _failed(row, error)
                    if isinstance(error, OSError) and not isinstance(error, SMTPException):
                        raise  # the connection is gone: the task retries the rest
    finish_if_done(send_id)
    waiting = (Delivery.objects.filter(send_id=send_id, subscriber_id__gte=first_id,
                                       subscriber_id__lte=last_id, status=Delivery.PENDING)
               .order_by("next_attempt").values_list("next_attempt", flat=True).first())
    if waiting is None and not Delivery.objects.filter(
            send_id=send_id, subscriber_id__gte=first_id, subscriber_id__lte=last_id,
            status=Delivery.PENDING).exists():
        return None
    return max(1, int(((waiting or timezone.now()) - timezone.now()).total_seconds()) + 1)


def _failed(row, error):
    """Back to pending with a growing delay, or failed after the last attempt; the rest of the
    batch carries on either way."""
    rows.failed(Delivery, row.pk, error, max_attempts=settings.NEWSLETTER_MAX_ATTEMPTS,
                retry_seconds=settings.NEWSLETTER_RETRY_SECONDS, name="Newsletter delivery")


def due_ranges(now=None):
    """(send, first subscriber id, last subscriber id) for rows due again in unfinished sends."""
    from django.db.models import Max, Min

    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT_SECONDS)
    # Never-tried rows of a send that started recently still have their batch task queued.
    tried = Q(attempts__gt=0) | Q(send__started__lt=stale)
    ranges = (Delivery.objects.filter(_due(now), tried, send__status=ArticleSend.SENDING)
              .values("send_id").annotate(first=Min("subscriber_id"), last=Max("subscriber_id")))
    return [(row["send_id"], row["first"], row["last"]) for row in ranges]


def finish_if_done(send_id):
    if not Delivery.objects.filter(send_id=send_id, status__in=(Delivery.PENDING, Delivery.SENDING)).exists():
        ArticleSend.objects.filter(pk=send_id).exclude(status=ArticleSend.DONE).update(
            status=ArticleSend.DONE, finished=timezone.now())


def _wait_for_rate():
    """At most NEWSLETTER_RATE_PER_SECOND messages a second across all workers (counted in the
    shared cache, Redis in production). Time is cut into windows of one second, or of 1/rate
    seconds for a rate under one (0.5: one message every 2 s); each window lets through the
    whole number of messages the rate allows in it, at least one."""
    rate = settings.NEWSLETTER_RATE_PER_SECOND
    if not rate:
        return
    window = max(1.0, 1.0 / rate)
    allowed = max(1, int(rate * window + 1e-9))
    while True:
        number = int(time.time() // window)
        key = f"newsletter:rate:{window}:{number}"
        cache.add(key, 0, timeout=int(window) + 5)
        try:
            count = cache.incr(key)
        except ValueError:
            continue
        if count <= allowed:
            return
        time.sleep(max(0.0, (number + 1) * window - time.time()))


def counts_by_send(send_ids):
    """{send id: {"sent", "failed", "pending"}} from one grouped query; "pending" includes rows a
    worker is sending right now."""
    from django.db.models import Count

    counts = {pk: {"sent": 0, "failed": 0, "pending": 0} for pk in send_ids}
    rows = (Delivery.objects.filter(send_id__in=counts).values_list("send_id", "status")
            .annotate(n=Count("pk")).order_by())
    key = {Delivery.SENT: "sent", Delivery.FAILED: "failed", Delivery.PENDING: "pending",
           Delivery.SENDING: "pending"}
    for send_id, status, n in rows:
        counts[send_id][key[status]] += n
    return counts


def progress(send):
    """Delivered, failed and pending counts of one send."""
    return counts_by_send([send.pk])[send.pk]
