"""Building and refreshing search documents (engine.rebuild, engine.refresh, the command)."""
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from catalog.search import engine
from catalog.search.models import SearchDocument, SearchDocumentCategory, SearchWord

pytestmark = pytest.mark.django_db


def _snapshot():
    documents = sorted(
        SearchDocument.objects.values_list("product_id", "title", "keywords", "brand", "price", "in_stock")
    )
    links = sorted(SearchDocumentCategory.objects.values_list("document_id", "category_id"))
    words = sorted(SearchWord.objects.values_list("word", "frequency"))
    return documents, links, words


def test_rebuilding_twice_gives_the_same_documents(shop):
    first = _snapshot()
    assert engine.rebuild() == 7
    assert _snapshot() == first
    assert len(first[0]) == 7 and ("eucalyptus", 1) in first[2]


def test_the_command_prints_progress(shop):
    out = StringIO()
    call_command("build_search_documents", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Search documents: 7/7"
    assert lines[-1].startswith("Built 7 search documents in ")


def test_a_price_change_shows_after_refresh(shop):
    products, _ = shop
    gun = products["gun"]
    gun.stockrecords.update(price=Decimal("49.00"))
    assert gun.pk not in engine.search("", engine.parse_filters({"price": ["25-50"]})).product_ids
    engine.refresh([gun.pk])
    assert gun.pk in engine.search("", engine.parse_filters({"price": ["25-50"]})).product_ids


def test_a_stock_change_shows_after_refresh(shop):
    products, _ = shop
    gun = products["gun"]
    gun.stockrecords.update(num_in_stock=0)
    engine.refresh([gun.pk])
    result = engine.search("", engine.parse_filters({"in_stock": "1"}))
    assert gun.pk not in result.product_ids and result.total == 4


def test_a_title_change_shows_after_refresh_and_adds_its_words(shop):
    products, _ = shop
    gun = products["gun"]
    gun.title = "Thunderbolt percussion gun"
    gun.save()
    engine.refresh([gun.pk])
    assert engine.search("thunderbolt").product_ids == [gun.pk]
    assert engine.search("thunderbolt percussion").corrected_query is None
    assert engine.search("thundrbolt").product_ids == [gun.pk]


def test_a_category_change_shows_after_refresh(shop):
    from oscar.core.loading import get_model

    products, categories = shop
    oil = products["eucalyptus"]
    get_model("catalogue", "ProductCategory").objects.filter(product=oil).update(category=categories["tables"])
    engine.refresh([oil.pk])
    result = engine.search("", engine.parse_filters({"category": [str(categories["tables"].pk)]}))
    assert set(result.product_ids) == {oil.pk, products["bolster"].pk}
    assert categories["oils"].pk not in SearchDocumentCategory.objects.filter(document_id=oil.pk).values_list(
        "category_id", flat=True
    )


def test_a_product_taken_off_sale_leaves_search_on_refresh(shop):
    products, _ = shop
    ball = products["ball"]
    ball.is_public = False
    ball.save()
    assert engine.refresh([ball.pk]) == 0
    assert engine.search("trigger").total == 0
    assert not SearchDocument.objects.filter(product_id=ball.pk).exists()


def test_refreshing_a_variant_refreshes_its_parent(db):
    from tests import factories

    parent = factories.parent_product(title="Family gun", price=Decimal("149.00"))
    engine.rebuild()
    variant = parent.children.first()
    variant.stockrecords.update(price=Decimal("99.00"))
    engine.refresh([variant.pk])
    assert SearchDocument.objects.get(product_id=parent.pk).price == Decimal("99.00")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_refreshes_of_one_product_at_the_same_time_both_succeed():
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from django.db import connection

    from tests import factories

    product = factories.product(title="Raced gun")
    engine.rebuild()
    barrier = Barrier(2)

    def refresh():
        try:
            barrier.wait()
            return engine.refresh([product.pk])
        finally:
            connection.close()

    for _ in range(5):
        with ThreadPoolExecutor(2) as pool:
            assert [f.result() for f in [pool.submit(refresh), pool.submit(refresh)]] == [1, 1]
    assert SearchDocument.objects.filter(product_id=product.pk).count() == 1
