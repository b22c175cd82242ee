"""Suggestions while typing in the site search (catalog/search/suggestions.py, /search/suggest/,
reading the search engine's documents): products whose title words start with the typed words,
accents ignored, with their price before tax, thumbnail and link, matching categories, nothing
for one letter, 400 for absurd input, a fixed number of queries, fresh after a staff edit."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.search import engine
from catalog.search.engine import cached
from tests import factories

pytestmark = pytest.mark.django_db


def _suggest(client, q):
    return client.get("/search/suggest/", {"q": q})


def test_products_and_categories_holding_every_word_typed(client):
    guns = factories.category("Massage guns")
    gun = factories.product(title="Northpoint Pro Percussion Massager", price="349.00", in_category=guns)
    factories.product(title="Cedar Massage Table", price="899.00")
    engine.rebuild()
    body = _suggest(client, "percussion MASS").json()
    assert [p["title"] for p in body["products"]] == ["Northpoint Pro Percussion Massager"]
    found = body["products"][0]
    assert found["price"] == "$349.00" and found["url"] == gun.get_absolute_url()
    assert found["thumbnail"].endswith(".webp")
    assert _suggest(client, "massage gu").json()["categories"] == [
        {"name": "Massage guns", "url": guns.get_absolute_url()}]


def test_one_letter_suggests_nothing_and_unknown_words_find_nothing(client):
    factories.product(title="Cedar Massage Table")
    engine.rebuild()
    assert _suggest(client, "m").json() == {"query": "m", "products": [], "categories": []}
    assert _suggest(client, "zzqx").json()["products"] == []


def test_unpublished_products_are_never_suggested(client):
    hidden = factories.product(title="Prototype Massage Chair")
    hidden.is_public = False
    hidden.save()
    engine.rebuild()
    assert _suggest(client, "prototype").json()["products"] == []


@pytest.mark.parametrize("q", ["a" * 101, "x" * 5000])
def test_absurd_input_is_a_400_with_a_message(client, q):
    response = _suggest(client, q)
    assert response.status_code == 400 and "at most 100 characters" in response.json()["error"]


def test_markup_in_titles_comes_back_as_text_for_the_script_to_show_as_text(client):
    factories.product(title='Oil <img src=x onerror=alert(1)> blend')
    engine.rebuild()
    body = _suggest(client, "blend")
    assert body["Content-Type"] == "application/json"
    assert body.json()["products"][0]["title"] == 'Oil <img src=x onerror=alert(1)> blend'


def test_the_queries_do_not_grow_with_the_products_suggested(client):
    def count(n):
        for i in range(n):
            factories.product(title=f"Warming oil {n}-{i}")
        engine.rebuild()
        _suggest(client, f"warming oil {n}")  # thumbnails made
        cached.changed()  # the result kept in the cache is retired: measure the work itself
        with CaptureQueriesContext(connection) as queries:
            assert len(_suggest(client, f"warming oil {n}").json()["products"]) == n
        return len(queries)

    assert count(1) == count(5)


def test_accents_and_case_are_ignored(client):
    factories.product(title="Crème de massage à l'arnica", price="24.00")
    engine.rebuild()
    assert [p["title"] for p in _suggest(client, "CREME ar").json()["products"]] == [
        "Crème de massage à l'arnica"]


@pytest.mark.django_db(transaction=True)
def test_a_staff_edit_shows_in_the_suggestions_once_it_commits(client):
    product = factories.product(title="Cedar Massage Table", price="899.00")
    assert [p["title"] for p in _suggest(client, "massage tab").json()["products"]] == ["Cedar Massage Table"]
    product.title = "Cedar Folding Table"
    product.save()
    titles = [p["title"] for p in _suggest(client, "folding").json()["products"]]
    assert titles == ["Cedar Folding Table"]
    assert _suggest(client, "massage tab").json()["products"] == []


@pytest.mark.django_db(transaction=True)
def test_a_category_hidden_by_staff_is_no_longer_suggested(client):
    stones = factories.category("Basalt hot stones")
    factories.product(title="Basalt stone set", in_category=stones)
    engine.rebuild()
    assert _suggest(client, "basalt").json()["categories"]  # and kept in the cache
    stones.is_public = False
    stones.save()
    assert _suggest(client, "basalt").json()["categories"] == []
