"""Killing a real Celery worker at each moment a transactional mail used to be lost, then
counting what reached a real SMTP server (tests/smtp_server.py) once another worker took over.

All the mails are queued at once to a worker with a process for each. The SMTP server holds
one session at each moment named (tests/smtp_server.STAGES), chosen by its recipient: before
the server answers RCPT TO (the row claimed, nothing of the message sent), before it answers
DATA, and after the final dot but before its reply (the message kept, the task not yet
acknowledged). When every hold has its session, the worker and its processes get SIGKILL. A new
worker on the same queue gets the tasks back from the broker after its visibility timeout (10 s
here) and may take over claims older than 8 s. One kill for every kind of mail keeps worker
start-ups, the slow part, to two.
"""
import time
from collections import Counter
from email import message_from_bytes

from bodybest.celery import app
from tests.celery_worker import kill_hard, wait_for, worker

# A claim must outlast a live worker's send even on a busy machine (seconds, not the
# milliseconds it takes), or two live workers could both send; the held sessions are killed,
# not live, so they need no margin.
ENV = {
    "CELERY_VISIBILITY_TIMEOUT": "10",        # a dead worker's tasks come back after 10 s
    "CELERY_UNACKED_RESTORE_INTERVAL": "1",
    "MAIL_CLAIM_TIMEOUT_SECONDS": "8",        # and may take over its claims after 8 s
}


def received(inbox):
    """Counter of (recipient, subject) over every message the server kept."""
    return Counter((tuple(rcpt), message_from_bytes(content)["Subject"]) for rcpt, content in inbox.messages)


def kill_while_held(inbox, holds, queue_mails, expected, concurrency, settle=40):
    """Hold a session at each (stage, recipient) of `holds`, run `queue_mails()`, SIGKILL the
    worker once all are held, start another and wait until `expected` (a Counter) arrived and
    the queue is idle. Returns a report with figures."""
    env = {**ENV, "EMAIL_URL": f"smtp://127.0.0.1:{inbox.port}"}
    for stage, to in holds:
        inbox.hold(stage, to=to)
    started = time.monotonic()
    with worker(env=env, concurrency=concurrency) as (first, queue):
        first_ready = time.monotonic() - started
        queue_mails()
        all_held = wait_for(lambda: len(inbox.held) == len(holds), timeout=40, every=0.05)
        held = inbox.held
        kill_hard(first)
    killed = time.monotonic()
    at_kill = received(inbox)
    inbox.release()
    assert all_held, f"sessions held at {held} only, of {holds}: the kill would not test every moment"

    with worker(env=env, queue=queue):
        second_ready = time.monotonic() - killed
        wait_for(lambda: sum(received(inbox).values()) >= sum(expected.values()) and _idle(queue),
                 timeout=settle, every=0.2)
    return {"kills": 1, "held_at_kill": held, "kept_before_the_kill": at_kill, "received": received(inbox),
            "seconds": {"first_worker_ready": round(first_ready, 1), "second_worker_ready": round(second_ready, 1),
                        "kill_to_done": round(time.monotonic() - killed, 1)}}


def _idle(queue):
    """Nothing waits in the queue and nothing delivered is unacknowledged (running, waiting for
    its retry time, or held by a dead worker until the visibility timeout)."""
    with app.connection_for_write() as connection:
        client = connection.default_channel.client
        return client.llen(queue) == 0 and client.hlen("unacked") == 0
