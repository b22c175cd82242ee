"""The production cache (bodybest/cache.py) while Redis does not answer: pages and forms carry
on, a dead Redis costs milliseconds, rate limits keep counting, nothing stale after recovery."""
import time

import pytest
import redis
from django.core.cache import caches
from django_ratelimit.core import is_ratelimited
from django.test import RequestFactory

from tests.bodybest.own_redis import dead_url

pytestmark = [pytest.mark.redis]


@pytest.fixture
def redis_down(settings):
    """The production CACHES, pointed at a port where nothing listens."""
    settings.CACHES = {alias: {**params, "LOCATION": dead_url()}
                       for alias, params in settings.CACHES.items()}
    yield
    for cache in caches.all(initialized_only=True):
        cache.close()


def test_reads_miss_and_writes_are_skipped_in_milliseconds_while_redis_is_down(redis_down):
    cache = caches["default"]
    started = time.monotonic()
    assert cache.get("menu") is None
    assert cache.get("menu", "fallback") == "fallback"
    assert cache.set("menu", ["Tables"]) is None
    assert cache.get("menu") is None
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("menu") is False
    assert cache.delete("menu") is False
    assert cache.get_or_set("menu", lambda: ["from the database"]) == ["from the database"]
    assert time.monotonic() - started < 1.0


def test_counters_keep_counting_in_this_process_while_redis_is_down(redis_down):
    """A loop that counts (the newsletter's sending rate: add, then incr) must not spin on
    "key not found" or fail: it counts per process until Redis is back."""
    cache = caches["default"]
    with pytest.raises(ValueError):
        cache.incr("newsletter:rate:1")
    assert cache.add("newsletter:rate:1", 0) is True
    assert cache.add("newsletter:rate:1", 0) is False
    assert [cache.incr("newsletter:rate:1") for _ in range(3)] == [1, 2, 3]


def test_after_one_failure_redis_is_not_asked_again_until_the_retry_period_ends(redis_down):
    cache = caches["default"]
    cache.get("warm-up")  # fails and opens the breaker
    client = cache._cache
    asked = []
    real = client.get_client
    client.get_client = lambda *a, **kw: asked.append(1) or real(*a, **kw)
    for _ in range(50):
        cache.get("menu")
    assert asked == []
    client.breaker.open_until = 0  # the retry period is over
    cache.get("menu")
    assert asked == [1]


def test_the_health_check_pings_redis_itself_and_names_the_cache(redis_down, client, db):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"


def test_the_store_pages_answer_while_redis_is_down(redis_down, client, db):
    from tests import factories

    product = factories.product(title="Oakworks Nova", with_image=False)
    for path in ("/", "/catalogue/", product.get_absolute_url(), "/basket/", "/search/?q=nova",
                 "/accounts/login/"):
        assert client.get(path).status_code == 200, path
    response = client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    assert response.status_code == 302
    assert "Oakworks Nova" in client.get("/basket/").content.decode()


def test_rate_limits_keep_counting_in_each_process_while_redis_is_down(redis_down, settings):
    request = RequestFactory().post("/newsletter/", REMOTE_ADDR="203.0.113.9")
    limited = [is_ratelimited(request, group="newsletter-signup", key="ip", rate="5/10m",
                              increment=True) for _ in range(6)]
    assert limited == [False] * 5 + [True]


def test_newsletter_signups_are_limited_not_refused_while_redis_is_down(redis_down, client, db):
    statuses = [client.post("/newsletter/", {"email": f"reader{i}@example.ca", "consent": "on",
                                                    "next": "/blog/"}).status_code
                for i in range(6)]
    assert statuses[:5] == [302] * 5 and statuses[5] == 429


def test_a_value_written_while_redis_was_unreachable_is_not_served_stale_afterwards(settings):
    cache = caches["default"]
    cache.set("catalog:nav", "before the outage")
    client = cache._cache
    real = client.get_client

    def unreachable(*args, **kwargs):
        raise redis.ConnectionError("connection refused")

    client.get_client = unreachable
    cache.set("catalog:nav", "during the outage")  # skipped; the database has the new truth
    assert cache.get("catalog:nav") is None
    client.get_client = real
    client.breaker.open_until = 0
    assert cache.get("catalog:nav") is None  # not "before the outage"
    cache.set("catalog:nav", "after")
    assert cache.get("catalog:nav") == "after"


def test_an_outage_is_logged_once_a_minute_not_on_every_request(redis_down, caplog):
    cache = caches["default"]
    for _ in range(3):
        cache.get("menu")
        cache._cache.breaker.open_until = 0
    warnings = [r for r in caplog.records if r.name == "bodybest.cache"]
    assert len(warnings) == 1 and "unreachable" in warnings[0].getMessage()
