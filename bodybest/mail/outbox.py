"""Transactional mail, each message exactly once: add a row, deliver it, sweep what was left.

`add` writes the row (in the transaction that calls for the mail, where there is one) and
`deliver` claims it, builds the message, and sends it over the two-phase sender, marking the
row sent before the SMTP server's final dot. A worker killed at any point leaves the row
pending or "sending" with a claim that goes stale after MAIL_CLAIM_TIMEOUT_SECONDS, and the
row is then delivered by the redelivered task or by Celery beat's sweep (`due`).
"""
import logging
from contextlib import closing
from datetime import timedelta
from smtplib import SMTPResponseException

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from bodybest.mail import kinds, rows
from bodybest.mail.marks import SynchronousMarks, marks
from bodybest.mail.models import OutgoingMail
from bodybest.mail.smtp import sender

logger = logging.getLogger("bodybest.mail")
MAIL_ERRORS = (OSError,)  # smtplib.SMTPException is an OSError


def add(kind, object_id):
    """The row of this kind of mail for this object, made if missing; its id. The sweep sends
    it if no task has by MAIL_SWEEP_AFTER_SECONDS (the task was lost, or never published)."""
    kinds.KINDS[kind]  # an unknown kind fails here, not in a worker later
    mail, _ = OutgoingMail.objects.get_or_create(kind=kind, object_id=object_id, defaults={
        "next_attempt": timezone.now() + timedelta(seconds=settings.MAIL_SWEEP_AFTER_SECONDS)})
    return mail.pk


def deliver(mail_id):
    """Send the row's message unless it was sent, failed for good or is being sent by a live
    worker. Returns seconds after which to look again (a retry is due, or another worker's
    claim goes stale), or None when nothing waits."""
    now = timezone.now()
    claimable = Q(status=OutgoingMail.PENDING) | rows.stale(OutgoingMail, now, settings.MAIL_CLAIM_TIMEOUT_SECONDS)
    if not rows.claim(OutgoingMail.objects.filter(claimable, pk=mail_id), now):
        return _waiting(mail_id, now)
    mail = OutgoingMail.objects.get(pk=mail_id)
    if mail.attempts > settings.MAIL_MAX_ATTEMPTS:  # workers kept dying on this one
        OutgoingMail.objects.filter(pk=mail.pk).update(status=OutgoingMail.FAILED,
                                                       error=f"gave up after {mail.attempts - 1} attempts")
        logger.error("%s: gave up after %s attempts", mail, mail.attempts - 1)
        return None
    kind = kinds.get(mail.kind)
    try:
        message = kind.message(mail.object_id)
    except Exception as error:  # a bug or bad data: retried with backoff, then failed, never stuck
        logger.exception("%s could not be built", mail)
        return _failed(mail, error)
    if message is None:
        OutgoingMail.objects.filter(pk=mail.pk).update(status=OutgoingMail.SKIPPED, error="nothing to send")
        return None
    outgoing = sender()
    try:
        with outgoing, closing(marks(OutgoingMail) if outgoing.raw else SynchronousMarks(OutgoingMail)) as marking:
            outgoing.send(message, lambda: marking.start(mail.pk))
    except MAIL_ERRORS as error:
        if getattr(outgoing, "dot_written", False) and not isinstance(error, SMTPResponseException):
            # The connection broke after the final dot: the server most likely has the
            # message, and sending it again could deliver it twice. The row stays sent.
            logger.warning("%s: connection lost after the final dot (%s); not sent again", mail, error)
        else:
            return _failed(mail, error)
    kind.sent(mail.object_id, timezone.now())
    return None


def _failed(mail, error):
    return rows.failed(OutgoingMail, mail.pk, error, max_attempts=settings.MAIL_MAX_ATTEMPTS,
                       retry_seconds=settings.MAIL_RETRY_SECONDS, name=str(mail))


def _waiting(mail_id, now):
    row = OutgoingMail.objects.filter(pk=mail_id).values("status", "claimed", "next_attempt").first()
    if row is None or row["status"] in (OutgoingMail.SENT, OutgoingMail.FAILED, OutgoingMail.SKIPPED):
        return None
    if row["status"] == OutgoingMail.SENDING:  # another worker has it, or had it and died
        stale_at = row["claimed"] + timedelta(seconds=settings.MAIL_CLAIM_TIMEOUT_SECONDS)
    else:  # pending again: another task's send failed meanwhile
        stale_at = row["next_attempt"] or now
    return max(1, int((stale_at - now).total_seconds()) + 1)


def due(now=None):
    """Ids of rows the sweep should deliver: pending past their `next_attempt`, or left
    "sending" by a worker that died."""
    now = now or timezone.now()
    pending = Q(status=OutgoingMail.PENDING, next_attempt__lte=now)
    return list(OutgoingMail.objects.filter(
        pending | rows.stale(OutgoingMail, now, settings.MAIL_CLAIM_TIMEOUT_SECONDS))
        .order_by("next_attempt").values_list("pk", flat=True)[:1000])
