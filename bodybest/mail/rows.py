"""The life of a mail row, shared by the newsletter's Delivery and OutgoingMail: claimed
(pending -> sending), marked sent by marks.py, or back to pending with a growing delay after
a failure and failed after the last attempt. A worker that died leaves its rows "sending";
once the claim is older than the claim timeout another worker may take them over, so the
timeout must be longer than any one send can take."""
import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

logger = logging.getLogger("bodybest.mail")


def stale(model, now, claim_timeout):
    """Rows a dead worker left "sending" longer than `claim_timeout` seconds."""
    return Q(status=model.SENDING, claimed__lt=now - timedelta(seconds=claim_timeout))


def claim(queryset, now=None):
    """Take the rows of `queryset` no other transaction holds: they become "sending", claimed
    now, one attempt more. Returns their ids."""
    now = now or timezone.now()
    model = queryset.model
    with transaction.atomic():
        ids = list(queryset.select_for_update(skip_locked=True).values_list("pk", flat=True))
        model.objects.filter(pk__in=ids).update(status=model.SENDING, claimed=now, attempts=F("attempts") + 1)
    return ids


def failed(model, pk, error, *, max_attempts, retry_seconds, name="Mail"):
    """Back to pending with a growing delay (returned, in seconds), or failed after the last
    attempt (None)."""
    attempts = model.objects.filter(pk=pk).values_list("attempts", flat=True).first() or 1
    text = str(error)[:300]
    if attempts >= max_attempts:
        model.objects.filter(pk=pk).update(status=model.FAILED, error=text)
        logger.warning("%s %s failed for good: %s", name, pk, text)
        return None
    delay = retry_seconds * (2 ** (attempts - 1))
    model.objects.filter(pk=pk).update(
        status=model.PENDING, error=text, next_attempt=timezone.now() + timedelta(seconds=delay))
    return delay
