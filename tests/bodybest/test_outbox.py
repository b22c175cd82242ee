"""Tasks queued while the broker is unreachable are kept in the database and sent when it
answers (bodybest/outbox.py), once each, with no change at the call sites."""
import json
import threading
import time

import pytest
from django.db import transaction

from bodybest import outbox
from bodybest.models import OutboxTask
from catalog.search.tasks import update_product_index as task
from tests.bodybest.own_redis import OwnRedis, dead_url

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db]


@pytest.fixture
def broker():
    """Tasks are published (not run eagerly) to the broker the test points the app at."""
    from bodybest.celery import app

    was = app.conf.task_always_eager, app.conf.broker_url

    def point_at(url):
        drop_pools(app)
        app.conf.broker_url = url
        outbox._state.down_until = 0.0

    app.conf.task_always_eager = False
    yield point_at
    drop_pools(app)
    app.conf.task_always_eager, app.conf.broker_url = was
    outbox._state.down_until, outbox._state.kept_here = 0.0, False


def drop_pools(app):
    """Make the app look its pools up again for the broker it points at now. (Not closed: kombu
    keeps them by URL for the whole process, and the next test may use that broker again.)"""
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def own_redis():
    server = OwnRedis().start()
    yield server
    server.close()


def queued(server, queue="celery"):
    """(task name, task id, args) of each message waiting in the queue, oldest first."""
    messages = [json.loads(raw) for raw in reversed(server.client().lrange(queue, 0, -1))]
    return [(m["headers"]["task"], m["headers"]["id"], json.loads(__import__("base64").b64decode(m["body"]))[0])
            for m in messages]


NAME = "catalog.search.tasks.update_product_index"


def test_a_task_queued_while_the_broker_is_down_is_kept_quickly_instead_of_raising(broker):
    broker(dead_url())
    started = time.monotonic()
    result = task.delay(41)
    assert time.monotonic() - started < 3
    kept = OutboxTask.objects.get()
    assert (kept.name, kept.task_id) == (NAME, result.id)
    assert json.loads(kept.message)["args"] == [41]


def test_after_one_failure_the_next_tasks_go_to_the_outbox_without_waiting(broker):
    broker(dead_url())
    task.delay(1)
    started = time.monotonic()
    for pk in range(2, 52):
        task.delay(pk)
    assert time.monotonic() - started < 1
    assert OutboxTask.objects.count() == 51


def test_a_task_queued_after_commit_while_the_broker_is_down_is_kept_not_lost(
        broker, django_capture_on_commit_callbacks):
    broker(dead_url())
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        task.delay_on_commit(42)  # what a view does; today the error escapes after the commit
    kept = OutboxTask.objects.get()
    assert kept.name == NAME and json.loads(kept.message)["args"] == [42]


def test_kept_tasks_are_sent_in_order_with_their_ids_once_the_broker_answers(broker, own_redis):
    broker(dead_url())
    ids = [task.delay(pk).id for pk in (7, 8, 9)]
    task.apply_async((10,), countdown=600)
    broker(own_redis.url)

    assert outbox.flush() == 4

    assert OutboxTask.objects.count() == 0
    sent = queued(own_redis)
    assert [(name, task_id, args) for name, task_id, args in sent[:3]] == [
        (NAME, task_id, [pk]) for task_id, pk in zip(ids, (7, 8, 9))]
    eta = json.loads(own_redis.client().lrange("celery", 0, 0)[0])["headers"]["eta"]
    assert eta is not None  # the countdown survived as a time


def test_the_first_publish_that_works_again_asks_a_worker_to_send_the_outbox(broker, own_redis):
    broker(dead_url())
    task.delay(1)
    broker(own_redis.url)
    task.delay(2)
    names = [name for name, _, _ in queued(own_redis)]
    assert names == [NAME, "bodybest.celery.flush_outbox"]
    task.delay(3)  # asked once, not on every publish
    assert [name for name, _, _ in queued(own_redis)].count("bodybest.celery.flush_outbox") == 1


@pytest.mark.django_db(transaction=True)  # two threads, two connections: rows must be committed
def test_two_flushers_at_once_send_each_kept_task_once(broker, own_redis):
    broker(dead_url())
    for pk in range(300):
        task.delay(pk)
    broker(own_redis.url)
    counts = []

    def flusher():
        from django.db import connection

        try:
            counts.append(outbox.flush())
        finally:
            connection.close()

    threads = [threading.Thread(target=flusher) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    sent = queued(own_redis)
    assert sum(counts) == 300 and len(sent) == 300
    assert sorted(args[0] for _, _, args in sent) == list(range(300))
    assert OutboxTask.objects.count() == 0


def test_a_flush_while_the_broker_is_still_down_keeps_every_row(broker):
    broker(dead_url())
    task.delay(1)
    task.delay(2)
    assert outbox.flush() == 0
    assert OutboxTask.objects.count() == 2
    assert OutboxTask.objects.order_by("pk").first().attempts == 1


def test_without_a_broker_tasks_still_run_eagerly_and_nothing_is_kept(monkeypatch):
    from catalog.search import engine

    ran = []
    monkeypatch.setattr(engine, "refresh", lambda product_ids: ran.extend(product_ids) or 1)
    assert task.delay(43).get() == 1
    assert ran == [43]
    assert OutboxTask.objects.count() == 0
