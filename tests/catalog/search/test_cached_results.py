"""Search results kept in the shared cache (catalog/search/engine/cached.py): repeated
listings are answered without SQL, and a refresh after a staff edit retires them at once."""
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.search import engine
from catalog.search.engine import cached


def _search(query="", **filters):
    return engine.search(query, engine.parse_filters(filters), per_page=50)


def test_a_repeated_search_is_answered_from_the_cache(shop):
    first = _search("massage", brand=["Verdant"])
    with CaptureQueriesContext(connection) as queries:
        again = _search("massage", brand=["Verdant"])
    assert len(queries) == 0
    assert again == first


def test_a_refresh_retires_every_cached_result(shop):
    products, _ = shop
    before = _search(in_stock="1")
    record = products["huile"].stockrecords.get()
    record.num_in_stock = 6
    record.save()
    engine.refresh([products["huile"].pk])
    after = _search(in_stock="1")
    assert after.total == before.total + 1
    assert products["huile"].pk in after.product_ids


def test_a_price_change_reorders_a_cached_listing_once_refreshed(shop):
    products, _ = shop
    assert _search(brand=["Verdant"]).product_ids  # cached
    record = products["eucalyptus"].stockrecords.get()
    record.price = Decimal("5.00")
    record.save()
    engine.refresh([products["eucalyptus"].pk])
    cheapest = engine.search("", engine.parse_filters({"brand": ["Verdant"]}), sort="price-asc").product_ids[0]
    assert cheapest == products["eucalyptus"].pk


def test_without_a_cache_every_search_is_computed(shop, monkeypatch):
    monkeypatch.setattr(cached, "version", lambda: None)  # what an unreachable Redis gives
    _search("massage")
    with CaptureQueriesContext(connection) as queries:
        _search("massage")
    assert len(queries) > 0


def test_a_version_lost_with_the_cache_starts_a_new_one(shop):
    _search("massage")
    cache.delete(cached.VERSION_KEY)
    with CaptureQueriesContext(connection) as queries:
        _search("massage")
    assert len(queries) > 0
