"""The real thing in CI: Celery workers on Redis mail 1,000 subscribers through a real SMTP
server; one is killed with SIGKILL halfway, another takes over, and every subscriber gets the
article exactly once."""
from collections import Counter

import pytest

from blog.newsletter.models import ArticleSend, Delivery, Subscriber
from tests import factories
from tests.celery_worker import kill_hard, wait_for, worker
from tests.smtp_server import smtp_server

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def smtp_sink():
    with smtp_server(delay=0.01) as inbox:  # a real server takes some milliseconds a message
        yield inbox


def test_a_worker_killed_mid_send_leaves_no_duplicates_and_no_one_out(smtp_sink):
    Subscriber.objects.bulk_create(
        Subscriber(email=f"reader{n:04d}@example.ca", status=Subscriber.CONFIRMED) for n in range(1000))
    # A dead worker's tasks and claimed rows come back once these run out; a live worker's must
    # not. At 3 s and 5 s a batch of 100 on a loaded machine outlived its claim and was sent
    # twice (1,006 messages): keep both well above a batch's run time, the waits below bounded.
    env = {
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_sink.port}",
        "CELERY_VISIBILITY_TIMEOUT": "30",
        "CELERY_UNACKED_RESTORE_INTERVAL": "1",
        "NEWSLETTER_CLAIM_TIMEOUT_SECONDS": "20",
        "NEWSLETTER_BATCH_SIZE": "50",
    }
    with worker(env=env) as (first, queue):
        factories.article(title="Hot stones, step by step", days_ago=0)  # queues the mailing
        assert wait_for(lambda: len(smtp_sink.recipients) >= 300, timeout=60), len(smtp_sink.recipients)
        kill_hard(first)
    at_kill = len(smtp_sink.recipients)
    assert at_kill < 1000, "the send finished before the kill: nothing was tested"

    with worker(env=env, queue=queue):
        done = wait_for(lambda: not Delivery.objects.exclude(status=Delivery.SENT).exists()
                        and len(smtp_sink.recipients) >= 1000, timeout=180)
        assert done, (Counter(Delivery.objects.values_list("status", flat=True)), len(smtp_sink.recipients))

    counts = Counter(smtp_sink.recipients)
    assert len(smtp_sink.recipients) == 1000, f"{len(smtp_sink.recipients)} messages, {at_kill} before the kill"
    assert len(counts) == 1000 and max(counts.values()) == 1
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 1000
    assert ArticleSend.objects.get().status == ArticleSend.DONE
