"""Product views and basket additions counted in Redis and written by a flush
(catalog/analytics_buffer.py); without Redis, or while it fails, counted at once."""
import pytest
from django.core.cache import caches
from django.db import DatabaseError
from django.test import Client
from oscar.core.loading import get_model

from catalog import analytics_buffer
from tests import factories

pytestmark = pytest.mark.django_db

ProductRecord = get_model("analytics", "ProductRecord")
UserRecord = get_model("analytics", "UserRecord")
UserProductView = get_model("analytics", "UserProductView")


def _views(product):
    record = ProductRecord.objects.filter(product=product).first()
    return record.num_views if record else 0


def _redis(command):
    return caches["default"].run_redis("test", command)


def _key(name):
    return caches["default"].make_key(name)


def _view(client, product, capture):
    with capture(execute=True):
        assert client.get(product.get_absolute_url()).status_code == 200


@pytest.mark.redis
def test_views_wait_in_redis_without_a_query_until_the_flush_writes_them(
        client, django_capture_on_commit_callbacks, django_assert_num_queries):
    product = factories.product(with_image=False)
    with django_capture_on_commit_callbacks() as counted:
        client.get(product.get_absolute_url())
        client.get(product.get_absolute_url())
    with django_assert_num_queries(0):
        for count in counted:
            count()
    assert _views(product) == 0
    assert _redis(lambda r: r.hget(_key(analytics_buffer.EVENTS_KEY), f"view:{product.pk}")) == b"2"

    assert analytics_buffer.flush() == 2
    assert _views(product) == 2
    assert _redis(lambda r: r.exists(_key(analytics_buffer.EVENTS_KEY), _key(analytics_buffer.PROCESSING_KEY))) == 0
    assert analytics_buffer.flush() == 0  # nothing counted twice


@pytest.mark.redis
def test_a_view_while_a_flush_writes_is_not_lost(client, django_capture_on_commit_callbacks, monkeypatch):
    product = factories.product(with_image=False)
    _view(client, product, django_capture_on_commit_callbacks)
    real_apply = analytics_buffer.apply
    live_during_the_write = []

    def apply_while_someone_views(events):
        if not live_during_the_write:
            _view(Client(HTTP_HOST="localhost"), product, django_capture_on_commit_callbacks)
            live_during_the_write.append(_redis(lambda r: r.hgetall(_key(analytics_buffer.EVENTS_KEY))))
        return real_apply(events)

    monkeypatch.setattr(analytics_buffer, "apply", apply_while_someone_views)
    analytics_buffer.flush()
    # The second view went to a fresh hash while the first batch was being written...
    assert live_during_the_write == [{f"view:{product.pk}".encode(): b"1"}]
    # ...and was written all the same.
    assert _views(product) == 2


@pytest.mark.redis
def test_a_deleted_products_views_do_not_stop_the_others(client, django_capture_on_commit_callbacks):
    kept, deleted = factories.product(with_image=False), factories.product(with_image=False)
    for product in (deleted, kept, deleted):
        _view(client, product, django_capture_on_commit_callbacks)
    deleted.delete()
    assert analytics_buffer.flush() == 1
    assert _views(kept) == 1
    assert not ProductRecord.objects.filter(product_id=deleted.pk).exists()
    assert _redis(lambda r: r.exists(_key(analytics_buffer.PROCESSING_KEY))) == 0


@pytest.mark.redis
def test_a_batch_left_by_a_flush_that_died_is_written_first_and_once(client, django_capture_on_commit_callbacks):
    product = factories.product(with_image=False)
    _redis(lambda r: r.hset(_key(analytics_buffer.PROCESSING_KEY), f"view:{product.pk}", 5))  # renamed, never written
    _view(client, product, django_capture_on_commit_callbacks)
    assert analytics_buffer.flush() == 6
    assert _views(product) == 6
    assert analytics_buffer.flush() == 0


@pytest.mark.redis
def test_a_batch_whose_transaction_fails_is_kept_for_the_next_flush(
        client, django_capture_on_commit_callbacks, monkeypatch):
    product = factories.product(with_image=False)
    _view(client, product, django_capture_on_commit_callbacks)

    def database_goes_away(events):
        raise DatabaseError("server closed the connection unexpectedly")

    monkeypatch.setattr(analytics_buffer, "apply", database_goes_away)
    assert analytics_buffer.flush() == 0
    assert _redis(lambda r: r.hgetall(_key(analytics_buffer.PROCESSING_KEY))) == {f"view:{product.pk}".encode(): b"1"}
    monkeypatch.undo()
    assert analytics_buffer.flush() == 1
    assert _views(product) == 1


@pytest.mark.redis
def test_a_second_flush_while_one_runs_writes_nothing(client, django_capture_on_commit_callbacks, monkeypatch):
    product = factories.product(with_image=False)
    _view(client, product, django_capture_on_commit_callbacks)
    real_apply = analytics_buffer.apply
    overlapping = []

    def apply_with_a_second_flush_started(events):
        overlapping.append(analytics_buffer.flush())
        return real_apply(events)

    monkeypatch.setattr(analytics_buffer, "apply", apply_with_a_second_flush_started)
    assert analytics_buffer.flush() == 1
    assert overlapping == [None]
    assert _views(product) == 1


@pytest.mark.redis
def test_a_signed_in_customers_views_become_their_rows_at_the_flush(
        customer_client, django_user_model, django_capture_on_commit_callbacks):
    product = factories.product(with_image=False)
    customer = django_user_model.objects.get(username="dana")
    _view(customer_client, product, django_capture_on_commit_callbacks)
    _view(customer_client, product, django_capture_on_commit_callbacks)
    assert not UserProductView.objects.filter(user=customer).exists()

    assert analytics_buffer.flush() == 2
    assert UserProductView.objects.filter(user=customer, product=product).count() == 2
    assert UserRecord.objects.get(user=customer).num_product_views == 2
    assert _views(product) == 2


@pytest.mark.redis
def test_basket_additions_are_written_in_the_same_batch(customer_client, django_user_model,
                                                         django_capture_on_commit_callbacks):
    product = factories.product(with_image=False)
    customer = django_user_model.objects.get(username="dana")
    with django_capture_on_commit_callbacks(execute=True):
        assert customer_client.post(f"/basket/add/{product.pk}/", {"quantity": 1}).status_code == 302
    assert not ProductRecord.objects.filter(product=product).exists()
    analytics_buffer.flush()
    assert ProductRecord.objects.get(product=product).num_basket_additions == 1
    assert UserRecord.objects.get(user=customer).num_basket_additions == 1


@pytest.mark.redis
def test_a_product_page_from_the_page_cache_is_counted_too(settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 60
    product = factories.product(with_image=False)
    _view(Client(HTTP_HOST="localhost"), product, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        hit = Client(HTTP_HOST="localhost").get(product.get_absolute_url())
    assert hit["X-Page-Cache"] == "hit"
    assert _views(product) == 0
    assert analytics_buffer.flush() == 2
    assert _views(product) == 2


def test_without_redis_a_view_is_counted_at_once(settings, client, django_capture_on_commit_callbacks):
    settings.CACHES = {name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
                       for name in ("default", "ratelimit")}
    product = factories.product(with_image=False)
    _view(client, product, django_capture_on_commit_callbacks)
    assert _views(product) == 1
    assert analytics_buffer.flush() is None


def test_while_redis_does_not_answer_a_view_is_counted_at_once(settings, django_user_model,
                                                               django_capture_on_commit_callbacks):
    nobody_listens = {"BACKEND": "bodybest.cache.FailSoftRedisCache", "LOCATION": "redis://127.0.0.1:1/0",
                      "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}}
    settings.CACHES = {"default": nobody_listens, "ratelimit": nobody_listens}
    product = factories.product(with_image=False)
    customer = django_user_model.objects.create_user(username="lee", email="lee@example.ca", password="x-lee-2024")
    shopper = Client(HTTP_HOST="localhost")
    shopper.force_login(customer)
    _view(shopper, product, django_capture_on_commit_callbacks)
    assert _views(product) == 1
    assert UserProductView.objects.filter(user=customer, product=product).count() == 1
    assert analytics_buffer.flush() is None  # nothing waits in Redis to be written


def test_unreadable_counters_are_left_out():
    assert analytics_buffer.parse({b"view:7": b"3", b"view:7:12": b"1", b"basket:x": b"1", b"stray": b"2",
                                   b"view:8": b"many", b"view:9": b"0"}) == [
        ("view", 7, None, 3), ("view", 7, 12, 1)]
