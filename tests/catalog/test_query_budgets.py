"""Query counts are budgets: a page costs the same with 5 products shown as with 30, in English
and in French (translated fields are columns of the same rows, not joins). Listings are counted
twice: as most visitors get them (results and cards from the shared cache) and cold (the cache
emptied: the engine's queries and every card rendered)."""
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests import factories

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response


def _count_for(client, search_index, n, url_for, *, cold=False, language="en-ca"):
    with translation.override("en-ca"):  # staff write English; a French request leaves French active
        gun_category = factories.category("Massage guns")
        made = factories.products(n, in_category=gun_category)
        search_index()
    with translation.override(language):
        url = url_for(gun_category, made)
    client.get(url)  # warm caches that every visitor shares
    if cold:
        cache.clear()
    count, response = _queries(client, url)
    return count, response, made


@pytest.mark.parametrize(
    "page, budget, url_for",
    [
        ("catalogue index", (3, 16), lambda category, made: reverse("catalogue:index")),
        ("category page", (4, 18), lambda category, made: category.get_absolute_url()),
        ("search results", (3, 15), lambda category, made: reverse("search:search") + "?q=massage"),
    ],
)
@pytest.mark.parametrize("cold", [False, True], ids=["cached", "cold"])
@pytest.mark.parametrize("language", ["en-ca", "fr-ca"])
def test_listing_pages_cost_the_same_for_5_and_30_products(client, search_index, page, budget, url_for, cold, language):
    budget = budget[cold]
    few, response, made = _count_for(client, search_index, 5, url_for, cold=cold, language=language)
    assert len(response.context["page_obj"].object_list) == 5
    more, response, made = _count_for(client, search_index, 25, url_for, cold=cold, language=language)
    assert len(response.context["page_obj"].object_list) == 30
    assert few == more, f"{page}: {few} queries with 5 products, {more} with 30"
    assert more <= budget, f"{page}: {more} queries, budget {budget}"


@pytest.mark.parametrize("language", ["en-ca", "fr-ca"])
def test_product_page_stays_within_budget(client, search_index, language):
    product = factories.product()
    with translation.override(language):
        url = product.get_absolute_url()
    client.get(url)
    count, _ = _queries(client, url)
    assert count <= 15, f"product page ({language}): {count} queries"


def test_home_page_costs_the_same_for_few_and_many_products(client, search_index):
    factories.products(3)
    client.get("/")
    few, _ = _queries(client, "/")
    factories.products(12)
    client.get("/")  # first renders make the new thumbnails
    more, _ = _queries(client, "/")
    assert few == more <= 15


@pytest.mark.parametrize(
    "page, budget, url_for",
    [
        ("catalogue, brand and price", (3, 16),
         lambda category, made: "/catalogue/?brand=Northpoint&price=100-250&sort=price-asc"),
        ("category, brand, stock and a specification", (4, 19),
         lambda category, made: f"{category.get_absolute_url()}?brand=Northpoint&in_stock=1&attr_speeds=5"),
        ("search, brand", (3, 15), lambda category, made: "/search/?q=massage&brand=Northpoint"),
    ],
)
@pytest.mark.parametrize("cold", [False, True], ids=["cached", "cold"])
def test_filtered_listing_pages_cost_the_same_for_5_and_30_products(client, search_index, page, budget, url_for, cold):
    budget = budget[cold]
    """Budgets as measured on PostgreSQL and SQLite alike: each filtered attribute adds a
    count of its own values (facets.counts), the rest is the unfiltered page's."""
    few, response, made = _count_for(client, search_index, 5, url_for, cold=cold)
    assert len(response.context["page_obj"].object_list) == 5
    assert len(response.context["listing"].active) >= 1
    more, response, made = _count_for(client, search_index, 25, url_for, cold=cold)
    assert len(response.context["page_obj"].object_list) == 30
    assert few == more, f"{page}: {few} queries with 5 products, {more} with 30"
    assert more <= budget, f"{page}: {more} queries, budget {budget}"
