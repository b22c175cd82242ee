"""Search and suggestions on French pages read the French text: French stemming (plurals and
feminines), accents ignored either way, French category names; a product without French yet is
found by the English title a French page shows for it."""
from decimal import Decimal

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from catalog.search import engine
from tests import factories

pytestmark = pytest.mark.django_db
Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request to a French page leaves French active in this thread afterwards."""
    translation.activate("en-ca")
    yield
    translation.activate("en-ca")


def _in_french(product, title, description=""):
    Product.objects.filter(pk=product.pk).update(title_fr_ca=title, description_fr_ca=description)
    return product


@pytest.fixture
def boutique(db, search_index):
    oils = factories.category("Essential oils")
    Category.objects.filter(pk=oils.pk).update(name_fr_ca="Huiles essentielles")
    made = {
        "lavender": _in_french(
            factories.product(title="Lavender oil", in_category=oils, price=Decimal("18.00"),
                              description="Steam-distilled from Provence flowers."),
            "Lavande vraie", "Distillée à la vapeur à partir de fleurs de Provence."),
        "stones": _in_french(
            factories.product(title="Basalt hot stone set", price=Decimal("149.00"),
                              description="Twelve smooth stones."),
            "Ensemble de pierres chaudes en basalte", "Douze pierres lisses, chauffées au bain-marie."),
        "cream": _in_french(
            factories.product(title="Arnica massage cream", price=Decimal("24.00"), description="Rich and slow."),
            "Crème de massage à l'arnica", "Riche, elle glisse lentement."),
        "bolster": factories.product(title="Round bolster", description="A cushion for the knees."),
    }
    search_index()
    return made


def _found(client, q, prefix="/fr"):
    return [product.pk for product in client.get(f"{prefix}/search/", {"q": q}).context["products"]]


def test_a_french_plural_finds_a_product_filed_under_its_french_category(client, boutique):
    assert _found(client, "huiles essentielles") == [boutique["lavender"].pk]
    assert _found(client, "huile essentielle") == [boutique["lavender"].pk]


def test_a_singular_finds_the_plural_and_the_feminine_of_a_french_title(client, boutique):
    assert _found(client, "pierre chaude") == [boutique["stones"].pk]
    assert _found(client, "pierres chaudes") == [boutique["stones"].pk]


@pytest.mark.parametrize("typed", ["creme", "crème", "CRÈME", "crèmes de massage"])
def test_accents_are_ignored_either_way(client, boutique, typed):
    assert _found(client, typed) == [boutique["cream"].pk]


def test_a_french_description_word_and_an_elided_article_are_found(client, boutique):
    assert _found(client, "bain-marie") == [boutique["stones"].pk]
    assert _found(client, "l'arnica") == [boutique["cream"].pk]


def test_french_pages_search_the_french_and_english_pages_the_english(client, boutique):
    assert _found(client, "lavande") == [boutique["lavender"].pk]
    assert _found(client, "lavande", prefix="") == []
    assert _found(client, "lavender", prefix="") == [boutique["lavender"].pk]
    assert _found(client, "huiles essentielles", prefix="") == []


def test_a_product_without_french_is_found_by_the_english_title_french_pages_show(client, boutique):
    assert _found(client, "bolster") == [boutique["bolster"].pk]


def test_the_same_words_are_kept_apart_per_language_in_the_results_cache(client, boutique):
    """Searches are kept in the shared cache: a French result must not answer an English page."""
    assert _found(client, "lavande") == [boutique["lavender"].pk]
    assert _found(client, "lavande", prefix="") == []
    assert _found(client, "lavande") == [boutique["lavender"].pk]


def test_a_misspelt_french_word_is_corrected_from_the_french_words(client, boutique):
    response = client.get("/fr/search/", {"q": "lavnde"})
    assert [p.pk for p in response.context["products"]] == [boutique["lavender"].pk]


def test_suggestions_on_a_french_page_show_french_titles_and_categories(client, boutique):
    body = client.get("/fr/search/suggest/", {"q": "cre"}).json()
    assert [p["title"] for p in body["products"]] == ["Crème de massage à l'arnica"]
    assert body["products"][0]["url"].startswith("/fr/")
    body = client.get("/fr/search/suggest/", {"q": "huiles ess"}).json()
    assert [c["name"] for c in body["categories"]] == ["Huiles essentielles"]
    english = client.get("/search/suggest/", {"q": "cre"}).json()
    assert [p["title"] for p in english["products"]] == ["Arnica massage cream"]
    assert not english["products"][0]["url"].startswith("/fr/")
    assert client.get("/search/suggest/", {"q": "huiles"}).json()["categories"] == []


def test_the_document_holds_both_languages_and_a_refresh_keeps_them(boutique):
    cream = boutique["cream"]
    with translation.override("fr-ca"):  # a refresh set off from a French page
        engine.refresh([cream.pk])
    document = cream.search_document
    document.refresh_from_db()
    assert document.name == "Arnica massage cream" and document.title == "arnica massage cream"
    assert document.name_fr == "Crème de massage à l'arnica"
    assert document.title_fr == "creme de massage a l'arnica"


@pytest.mark.django_db(transaction=True)
def test_french_suggestions_and_results_link_straight_to_the_french_pages(client):
    """No detour through the English slug's 301, even when a French suggestion was kept in the
    cache before staff wrote the French (and with it the French slugs)."""
    oils = factories.category("Oils")
    lavender_oils = factories.category("Lavender oils", parent=oils)
    oil = factories.product(title="Lavender oil", in_category=lavender_oils)
    assert client.get("/fr/search/suggest/", {"q": "lav"}).json()["products"]  # kept in the cache
    with translation.override("en-ca"):  # staff's admin is in English
        for category, french in ((oils, "Huiles"), (lavender_oils, "Huiles de lavande")):
            category = Category.objects.get(pk=category.pk)
            category.name_fr_ca = french
            category.save()
        oil = Product.objects.get(pk=oil.pk)
        oil.title_fr_ca = "Huile de lavande"
        oil.save()
    body = client.get("/fr/search/suggest/", {"q": "huile"}).json()
    links = [item["url"] for item in body["products"] + body["categories"]]
    assert links == [f"/fr/catalogue/huile-de-lavande_{oil.pk}/", f"/fr/catalogue/category/huiles_{oils.pk}/",
                     f"/fr/catalogue/category/huiles/huiles-de-lavande_{lavender_oils.pk}/"]
    results = client.get("/fr/search/", {"q": "huile"}).content.decode()
    assert f'href="/fr/catalogue/huile-de-lavande_{oil.pk}/"' in results
    for link in links:
        assert client.get(link).status_code == 200, link
