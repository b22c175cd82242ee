"""The store's Celery app, counting the SQL queries of each newsletter batch.

For `make bench-newsletter` only: the bench starts `celery -A tests.bench.newsletter_worker_app
worker` with BENCH_QUERY_LOG naming a file. Around every `send_batch` task an execute wrapper
counts the queries (and the time spent in them); when the task ends, one JSON line is appended
to the file and "batch queries: N" is logged. The tasks themselves are the store's, unchanged
(but for the experiment below, made only when the bench asks for it).
"""
import json
import logging
import os
import socket
import time
from collections import Counter

from celery.signals import task_postrun, task_prerun

from bodybest.celery import app  # noqa: F401  (what `celery -A` looks for)

SEND_BATCH = "blog.newsletter.tasks.send_batch"

if os.environ.get("BENCH_TCP_NODELAY"):
    # An experiment the bench runs on request: the fix it reports for bodybest/mail/smtp.py,
    # tried here before it is made there. Each message's body and final dot go out as two small
    # writes with a database commit between; under Nagle's algorithm the dot waits for the
    # server's delayed ACK of the body (about 40 ms on Linux).
    from bodybest.mail import smtp

    _enter = smtp.TwoPhaseSMTP.__enter__

    def _enter_without_nagle(self):
        _enter(self)
        self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self

    smtp.TwoPhaseSMTP.__enter__ = _enter_without_nagle

logger = logging.getLogger("bodybest.bench")
_counting = {}  # task id -> (QueryCounter, its execute_wrapper context, start time)


class QueryCounter:
    def __init__(self):
        self.total, self.kinds, self.seconds = 0, Counter(), 0.0

    def __call__(self, execute, sql, params, many, context):
        self.total += 1
        self.kinds[sql.lstrip().split(None, 1)[0].upper()] += 1
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start


@task_prerun.connect
def _start_counting(sender=None, task_id=None, **kwargs):
    if sender is None or sender.name != SEND_BATCH:
        return
    from django.db import connection

    counter = QueryCounter()
    wrapping = connection.execute_wrapper(counter)
    wrapping.__enter__()
    _counting[task_id] = (counter, wrapping, time.perf_counter())


@task_postrun.connect
def _stop_counting(sender=None, task_id=None, args=None, state=None, **kwargs):
    counting = _counting.pop(task_id, None)
    if counting is None:
        return
    counter, wrapping, started = counting
    wrapping.__exit__(None, None, None)
    logger.info("batch queries: %d", counter.total)
    record = {"args": list(args or ()), "state": state, "queries": counter.total,
              "kinds": dict(counter.kinds), "db_seconds": round(counter.seconds, 4),
              "seconds": round(time.perf_counter() - started, 4), "pid": os.getpid()}
    with open(os.environ["BENCH_QUERY_LOG"], "a") as log:
        log.write(json.dumps(record) + "\n")
