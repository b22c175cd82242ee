"""Deploying French search needs no extra step (catalog/search/backfill.py): documents written
before the French columns (migration 0006 copied the English into them) are rebuilt by
``migrate`` itself, once; later runs leave the documents alone."""
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import F
from oscar.core.loading import get_model

from catalog.search.models import SearchDocument
from tests import factories

pytestmark = pytest.mark.django_db
Product = get_model("catalogue", "Product")


@pytest.fixture
def documents_from_before_french(search_index):
    oil = factories.product(title="Lavender oil")
    factories.product(title="Round bolster")  # no French yet: the English is its French
    Product.objects.filter(pk=oil.pk).update(title_fr_ca="Huile de lavande")
    search_index()
    # What migration 0006 left: the English in the French columns.
    SearchDocument.objects.update(name_fr=F("name"), title_fr=F("title"), keywords_fr=F("keywords"),
                                  body_fr=F("body"), search_vector_fr=F("search_vector"))
    return oil


def _migrate():
    out = StringIO()
    call_command("migrate", interactive=False, stdout=out)
    return out.getvalue()


def _found(client, q):
    return [product.pk for product in client.get("/fr/search/", {"q": q}).context["products"]]


def test_migrate_gives_documents_their_french_once(client, documents_from_before_french):
    oil = documents_from_before_french
    assert _found(client, "lavande") == []
    assert "Search documents rebuilt with their French: 2." in _migrate()
    assert _found(client, "lavande") == [oil.pk]
    assert SearchDocument.objects.get(product=oil).name_fr == "Huile de lavande"
    assert "Search documents rebuilt" not in _migrate()


def test_migrate_leaves_documents_that_have_their_french_alone(search_index):
    oil = factories.product(title="Lavender oil")
    Product.objects.filter(pk=oil.pk).update(title_fr_ca="Huile de lavande")
    factories.product(title="Round bolster")
    search_index()
    written = dict(SearchDocument.objects.values_list("product_id", "updated"))
    assert "Search documents rebuilt" not in _migrate()
    assert dict(SearchDocument.objects.values_list("product_id", "updated")) == written
