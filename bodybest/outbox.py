"""Tasks queued while the broker is unreachable wait in the database, then go out.

Every task of the app is a ``DurableTask`` (``task_cls`` in bodybest/celery.py), so call sites
keep writing ``.delay()`` / ``.delay_on_commit()``. When publishing fails with a connection
error (after the short retry policy in settings), the task is written to ``OutboxTask`` with
its arguments and a task id, and the caller goes on as if it had been queued. For
``RETRY_AFTER`` seconds after a failure this process does not try the broker at all, so a dead
Redis costs one request a timeout, not every request.

``flush()`` publishes the rows again in order and deletes them, row locks taken with
``SKIP LOCKED`` so two flushers never send the same row. It runs from three places: a beat
schedule every minute, each time a worker (re)connects to the broker, and as a task queued by
any process that kept a row, once its next publish succeeds. Tasks are written to run twice
safely (STYLE.md), so a crash between publish and delete at worst sends one again.

Not kept: eager mode (no broker: nothing to lose), what beat sends (its next tick repeats it),
tasks declared ``outbox=False``, and calls with callbacks or a custom producer, which cannot be
stored; those raise as before.
"""
import logging
import threading
import time
import uuid
from datetime import datetime, timedelta

import redis
from celery.contrib.django.task import DjangoTask
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError
from kombu.utils.json import dumps, loads

logger = logging.getLogger(__name__)

PUBLISH_ERRORS = (OperationalError, redis.ConnectionError, redis.TimeoutError, ConnectionError,
                  TimeoutError)
RETRY_AFTER = 5.0  # seconds this process keeps tasks without trying the broker after a failure
FLUSH_BATCH = 100
# Options that travel with a kept task; anything else (callbacks, producers) cannot be stored.
KEPT_OPTIONS = {"queue", "routing_key", "exchange", "priority", "eta", "expires", "headers",
                "time_limit", "soft_time_limit", "retries", "ignore_result"}


class _BrokerState(threading.local):
    down_until = 0.0  # monotonic time before which publishing is not tried
    kept_here = False  # this process kept a row since its last successful publish


_state = _BrokerState()


class DurableTask(DjangoTask):
    """Celery's Django task (``delay_on_commit``), whose ``apply_async`` keeps the task in the outbox when the broker is
    unreachable instead of raising into the caller (often an ``on_commit`` hook, where the
    error would be logged and the work lost)."""

    outbox = True  # False on a task that must not be kept (the flusher itself)

    def apply_async(self, args=None, kwargs=None, task_id=None, producer=None, link=None,
                    link_error=None, shadow=None, **options):
        if not _keepable(self, producer, link, link_error, shadow, options):
            return super().apply_async(args, kwargs, task_id, producer, link, link_error,
                                       shadow, **options)
        task_id = task_id or str(uuid.uuid4())
        if time.monotonic() < _state.down_until:
            return keep(self, args, kwargs, task_id, options, reason="broker unreachable")
        try:
            result = super().apply_async(args, kwargs, task_id, producer, link, link_error,
                                         shadow, **options)
        except PUBLISH_ERRORS as error:
            _state.down_until = time.monotonic() + RETRY_AFTER
            return keep(self, args, kwargs, task_id, options, reason=error)
        if _state.kept_here:
            _state.kept_here = False
            _ask_for_flush(self.app)
        return result


def _keepable(task, producer, link, link_error, shadow, options):
    if task.app.conf.task_always_eager or not getattr(task, "outbox", True):
        return False
    if producer is not None or link or link_error or shadow or options.get("chain"):
        return False
    if (options.get("headers") or {}).get("celery_beat_task"):
        return False
    return set(options) - {"countdown"} <= KEPT_OPTIONS | {"connection", "add_to_parent"} \
        and options.get("connection") is None


def keep(task, args, kwargs, task_id, options, *, reason):
    """Write the task to the outbox; return the result handle a publish would have."""
    from bodybest.models import OutboxTask

    kept = {key: value for key, value in options.items() if key in KEPT_OPTIONS and value is not None}
    if options.get("countdown") is not None and "eta" not in kept:
        kept["eta"] = timezone.now() + timedelta(seconds=float(options["countdown"]))
    for key in ("eta", "expires"):
        if isinstance(kept.get(key), datetime):
            kept[key] = kept[key].isoformat()
    message = dumps({"args": list(args or ()), "kwargs": dict(kwargs or {}), "options": kept})
    OutboxTask.objects.bulk_create(
        [OutboxTask(task_id=task_id, name=task.name, message=message)], ignore_conflicts=True)
    _state.kept_here = True
    logger.warning("Broker unreachable (%s): task %s[%s] kept in the outbox; it is sent when "
                   "the broker answers.", reason, task.name, task_id)
    return task.AsyncResult(task_id)


def _ask_for_flush(app):
    try:
        app.send_task("bodybest.celery.flush_outbox")
    except PUBLISH_ERRORS:
        _state.kept_here = True  # try again on the next publish; beat flushes anyway
        _state.down_until = time.monotonic() + RETRY_AFTER


def flush(app=None):
    """Publish every kept task, oldest first, and delete each one sent. Stops at the first
    publish that fails (the rows stay). Returns how many were sent."""
    from bodybest.models import OutboxTask

    if app is None:
        from bodybest.celery import app
    sent = 0
    while True:
        with transaction.atomic():
            rows = list(OutboxTask.objects.select_for_update(skip_locked=True)
                        .order_by("pk")[:FLUSH_BATCH])
            if not rows:
                break
            done, failure = [], None
            for row in rows:
                message = loads(row.message)
                options = message["options"]
                for key in ("eta", "expires"):
                    if key in options:
                        options[key] = datetime.fromisoformat(options[key])
                try:
                    app.send_task(row.name, message["args"], message["kwargs"], task_id=row.task_id,
                                  **options)
                except PUBLISH_ERRORS as error:
                    failure = error
                    break
                done.append(row.pk)
            OutboxTask.objects.filter(pk__in=done).delete()
            if failure is not None:
                OutboxTask.objects.filter(pk=row.pk).update(attempts=row.attempts + 1)
                _state.down_until = time.monotonic() + RETRY_AFTER
        sent += len(done)
        if failure is not None:
            logger.warning("Outbox: broker still unreachable (%s); %d sent, the rest wait.",
                           failure, sent)
            break
    if sent:
        logger.warning("Outbox: %d tasks kept while the broker was unreachable are sent.", sent)
    return sent
