"""Mailing an article to every confirmed subscriber, each at most once.

`fan_out` walks the confirmed subscribers in primary-key order, a batch at a time (never all
in memory), writes one Delivery row per subscriber (unique per article: a second fan-out adds
nothing) and queues one task per batch with the batch's first and last subscriber id.
`send_batch` claims the batch's pending rows, sends them over one SMTP connection at the
configured rate, and records each outcome as it goes. Every step can run twice without sending
anything twice, so tasks use late acknowledgement and a killed worker's batch simply runs again.
"""
import logging
import time
from contextlib import closing
from datetime import timedelta
from smtplib import SMTPException

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from blog.newsletter.mail import ArticleMail
from blog.newsletter.marks import SynchronousMarks, marks
from blog.newsletter.models import ArticleSend, Delivery, Subscriber
from blog.newsletter.smtp import sender

logger = logging.getLogger("bodybest.newsletter")


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
    stale = now - timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT_SECONDS)
    due = (Q(status=Delivery.PENDING) & (Q(next_attempt__isnull=True) | Q(next_attempt__lte=now))) | Q(
        status=Delivery.SENDING, claimed__lt=stale)
    with transaction.atomic():
        ids = list(Delivery.objects.select_for_update(skip_locked=True)
                   .filter(due, send_id=send_id, subscriber_id__gte=first_id, subscriber_id__lte=last_id)
                   .values_list("pk", flat=True))
        Delivery.objects.filter(pk__in=ids).update(status=Delivery.SENDING, claimed=now,
                                                   attempts=F("attempts") + 1)
    return ids


def send_batch(send_id, first_id, last_id):
    """Send the batch's due rows. Returns seconds until rows that failed may be retried, or
    None when nothing in the batch waits."""
    send = ArticleSend.objects.select_related("article").get(pk=send_id)
    ids = claim(send_id, first_id, last_id)
    if ids:
        article_mail = ArticleMail(send.article)
        rows = (Delivery.objects.filter(pk__in=ids, status=Delivery.SENDING)
                .select_related("subscriber").order_by("subscriber_id"))
        outgoing = sender()
        # Pipelining only matters where a dot follows the mark; other backends mark in line,
        # on the same connection as the rest of the task.
        pending_marks = marks() if outgoing.raw else SynchronousMarks()
        with outgoing, closing(pending_marks):
            if outgoing.raw:
                build = lambda subscriber: article_mail.raw_for(subscriber, send_id)  # noqa: E731
            else:
                build = article_mail.for_subscriber
            for row in rows.iterator(chunk_size=500):
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
    attempts = Delivery.objects.filter(pk=row.pk).values_list("attempts", flat=True).first() or 1
    text = str(error)[:300]
    if attempts >= settings.NEWSLETTER_MAX_ATTEMPTS:
        Delivery.objects.filter(pk=row.pk).update(status=Delivery.FAILED, error=text)
        logger.warning("Newsletter delivery %s failed for good: %s", row.pk, text)
        return
    delay = settings.NEWSLETTER_RETRY_SECONDS * (2 ** (attempts - 1))
    Delivery.objects.filter(pk=row.pk).update(
        status=Delivery.PENDING, error=text, next_attempt=timezone.now() + timedelta(seconds=delay))


def due_ranges(now=None):
    """(send, first subscriber id, last subscriber id) for rows due again in unfinished sends."""
    from django.db.models import Max, Min

    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.NEWSLETTER_CLAIM_TIMEOUT_SECONDS)
    due = (Q(status=Delivery.PENDING) & (Q(next_attempt__isnull=True) | Q(next_attempt__lte=now))) | Q(
        status=Delivery.SENDING, claimed__lt=stale)
    # Never-tried rows of a send that started recently still have their batch task queued.
    tried = Q(attempts__gt=0) | Q(send__started__lt=stale)
    rows = (Delivery.objects.filter(due, tried, send__status=ArticleSend.SENDING)
            .values("send_id").annotate(first=Min("subscriber_id"), last=Max("subscriber_id")))
    return [(row["send_id"], row["first"], row["last"]) for row in rows]


def finish_if_done(send_id):
    if not Delivery.objects.filter(send_id=send_id, status__in=(Delivery.PENDING, Delivery.SENDING)).exists():
        ArticleSend.objects.filter(pk=send_id).exclude(status=ArticleSend.DONE).update(
            status=ArticleSend.DONE, finished=timezone.now())


def _wait_for_rate():
    """At most NEWSLETTER_RATE_PER_SECOND messages a second across all workers (counted in the
    shared cache, Redis in production)."""
    rate = settings.NEWSLETTER_RATE_PER_SECOND
    if not rate:
        return
    while True:
        second = int(time.time())
        key = f"newsletter:rate:{second}"
        cache.add(key, 0, timeout=5)
        try:
            count = cache.incr(key)
        except ValueError:
            continue
        if count <= rate:
            return
        time.sleep(max(0.0, second + 1 - time.time()))


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
