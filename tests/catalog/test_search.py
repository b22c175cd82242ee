from decimal import Decimal

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def _titles(response):
    return [product.title for product in response.context["products"]]


def test_search_finds_a_product_by_name(client, search_index):
    factories.product(title="Basalt hot stone set")
    factories.product(title="Cedar face cradle")
    search_index()
    response = client.get("/search/", {"q": "basalt"})
    assert _titles(response) == ["Basalt hot stone set"]


def test_search_finds_a_product_by_a_word_of_its_description(client, search_index):
    factories.product(title="Warmer", description="Heats stones evenly to fifty degrees.")
    factories.product(title="Bolster", description="A round cushion for the knees.")
    search_index()
    response = client.get("/search/", {"q": "cushion"})
    assert _titles(response) == ["Bolster"]


def test_category_page_lists_its_products_only(client, search_index):
    guns = factories.category("Massage guns")
    stones = factories.category("Hot stones")
    factories.product(title="Pro gun", in_category=guns)
    factories.product(title="Basalt set", in_category=stones)
    search_index()
    response = client.get(guns.get_absolute_url())
    assert _titles(response) == ["Pro gun"]
    assert "No products found" not in response.content.decode()


def test_index_follows_a_price_change_without_a_rebuild(
    client, search_index, django_capture_on_commit_callbacks
):
    product = factories.product(title="Tamarack stone warmer", price=Decimal("120.00"))
    search_index()
    stockrecord = product.stockrecords.get()
    with django_capture_on_commit_callbacks(execute=True):
        stockrecord.price = Decimal("99.00")
        stockrecord.save()
    response = client.get("/search/", {"q": "tamarack"})
    assert response.context["products"][0].stockrecords.all()[0].price == Decimal("99.00")


def test_index_drops_a_product_that_is_unpublished(
    client, search_index, django_capture_on_commit_callbacks
):
    product = factories.product(title="Retired bolster")
    search_index()
    with django_capture_on_commit_callbacks(execute=True):
        product.is_public = False
        product.save()
    assert _titles(client.get("/search/", {"q": "retired"})) == []


def test_new_product_is_searchable_once_saved(client, search_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        factories.product(title="Lavender massage oil")
    assert _titles(client.get("/search/", {"q": "lavender"})) == ["Lavender massage oil"]


def test_index_follows_a_stock_change(client, search_index, django_capture_on_commit_callbacks):
    product = factories.product(title="Maplewell bolster", stock=5)
    search_index()
    stockrecord = product.stockrecords.get()
    with django_capture_on_commit_callbacks(execute=True):
        stockrecord.num_in_stock = 0
        stockrecord.save()
    assert client.get("/search/", {"q": "maplewell"}).context["products"][0].stockrecords.all()[0].num_in_stock == 0


@pytest.mark.django_db(transaction=True)
def test_a_renamed_category_finds_its_products_by_the_new_name(client):
    from catalog.search import engine

    stones = factories.category("Hot stones")
    factories.product(title="Basalt set", in_category=stones)
    engine.rebuild()
    assert _titles(client.get("/search/", {"q": "thermotherapy"})) == []
    stones.name = "Thermotherapy stones"
    stones.save()
    assert _titles(client.get("/search/", {"q": "thermotherapy"})) == ["Basalt set"]
