"""The page cache's keys (bodybest/page_cache.py): one length whatever the URL, so a long query
string neither breaks the key nor leaves a warning behind in each web process."""
import warnings
from decimal import Decimal

import pytest
from django.core.cache.backends.base import CacheKeyWarning

from bodybest.page_cache import page_key
from tests import factories

pytestmark = pytest.mark.django_db

LONG_QUERY = "?utm_campaign=" + "spring-sale-on-massage-guns-" * 20


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    settings.ALLOWED_HOSTS = ["localhost", "shop.example.com"]


def test_a_page_with_a_long_query_string_is_kept_and_served_without_a_cache_key_warning(client, search_index):
    # Each warning with a new text is remembered by its module for the life of the process:
    # one long URL after another grew every worker's memory.
    category = factories.category("Massage guns")
    factories.product(title="Long link gun", in_category=category, price=Decimal("120.00"))
    search_index()
    url = category.get_absolute_url() + LONG_QUERY
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        assert "X-Page-Cache" not in client.get(url, HTTP_HOST="localhost")
        client.cookies.clear()
        second = client.get(url, HTTP_HOST="localhost")
    assert second["X-Page-Cache"] == "hit"
    assert "Long link gun" in second.content.decode()


def test_keys_are_one_length_and_differ_by_host_path_and_query(rf):
    keys = [
        page_key(rf.get(path, HTTP_HOST=host).META, "en-ca")
        for host, path in [
            ("localhost", "/catalogue/"),
            ("localhost", "/catalogue/?page=2"),
            ("localhost", "/catalogue/" + LONG_QUERY * 5),
            ("shop.example.com", "/catalogue/"),
        ]
    ]
    assert len(set(keys)) == 4
    assert len({len(key) for key in keys}) == 1 and len(keys[0]) < 200
