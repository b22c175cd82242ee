"""Killing real Celery workers at each moment a transactional mail used to be lost, then
counting what reached a real SMTP server (tests/smtp_server.py).

A relay of workers with three processes each: the current worker gets three mails, the SMTP
server holds one session at each moment (tests/smtp_server.STAGES: before anything of the
message was sent, inside DATA before the message, and after the final dot but before the
server's reply, so before the task could be acknowledged); when all three wait there the
worker and its processes get SIGKILL. The next worker, on the same queue, gets the tasks back
from the broker after its visibility timeout (5 s here), takes over claims older than 3 s,
finishes, and is the current worker for the next three mails. One relay for every kind of
mail keeps worker start-ups, the slow part, to one more than the kills.
"""
import time
from collections import Counter
from contextlib import ExitStack
from email import message_from_bytes

from bodybest.celery import app
from tests.celery_worker import kill_hard, wait_for, worker
from tests.smtp_server import STAGES

ENV = {
    "CELERY_VISIBILITY_TIMEOUT": "5",         # a dead worker's tasks come back after 5 s
    "CELERY_UNACKED_RESTORE_INTERVAL": "1",
    "MAIL_CLAIM_TIMEOUT_SECONDS": "3",        # and may take over its claims after 3 s
}


def received(inbox):
    """Counter of (recipient, subject) over every message the server kept."""
    return Counter((tuple(rcpt), message_from_bytes(content)["Subject"]) for rcpt, content in inbox.messages)


def relay(inbox, phases, settle=40):
    """For each (name, queue_three_mails, expected Counter) in `phases`: kill the current worker
    with one session held at each stage, start the next, wait until everything arrived and the
    queue is idle. Returns one report a phase."""
    env = {**ENV, "EMAIL_URL": f"smtp://127.0.0.1:{inbox.port}"}
    reports = []
    with ExitStack() as workers:
        started = time.monotonic()
        current, queue = workers.enter_context(worker(env=env, concurrency=3))
        startups = [time.monotonic() - started]
        for name, queue_mails, expected in phases:
            before = received(inbox)
            inbox.hold(*STAGES)
            queue_mails()
            all_held = wait_for(lambda: inbox.held == sorted(STAGES), timeout=30, every=0.05)
            held = inbox.held
            kill_hard(current)
            at_kill = received(inbox) - before
            inbox.release()
            assert all_held, f"{name}: sessions held at {held} only, so the kill would not test every moment"

            started = time.monotonic()
            current, _ = workers.enter_context(worker(env=env, concurrency=3, queue=queue))
            startups.append(time.monotonic() - started)
            wait_for(lambda: _arrived(inbox, before, expected) and _idle(queue), timeout=settle, every=0.2)
            reports.append({"mail": name, "kills": 1, "held_at_kill": held, "kept_before_the_kill": at_kill,
                            "received": received(inbox) - before})
    reports.append({"worker_startups_s": [round(s, 1) for s in startups]})
    return reports


def _arrived(inbox, before, expected):
    return sum((received(inbox) - before).values()) >= sum(expected.values())


def _idle(queue):
    """Nothing waits in the queue and nothing delivered is unacknowledged (running, waiting for
    its retry time, or held by a dead worker until the visibility timeout)."""
    with app.connection_for_write() as connection:
        client = connection.default_channel.client
        return client.llen(queue) == 0 and client.hlen("unacked") == 0
