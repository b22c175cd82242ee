"""The filters' names (catalog/search/labels.py) are kept in the shared cache once per language:
a French page's visit must not name an English page's filters in French, nor the other way,
and a French name staff change shows on the next French page."""
import pytest
from oscar.core.loading import get_model

from tests import factories

pytestmark = pytest.mark.django_db
Category = get_model("catalogue", "Category")
ProductAttribute = get_model("catalogue", "ProductAttribute")


@pytest.fixture
def guns(search_index):
    """Two guns of different speeds, so the category page offers speeds as a filter."""
    guns = factories.category("Massage guns")
    factories.product(title="Gun A", in_category=guns, attributes={"brand": "Northpoint", "speeds": 3})
    factories.product(title="Gun B", in_category=guns, attributes={"brand": "Kinetix", "speeds": 5})
    speeds = ProductAttribute.objects.get(code="speeds")
    speeds.name_fr_ca = "Vitesses"
    speeds.save()
    search_index()
    return guns


def _filters(client, url):
    return [group.title for group in client.get(url).context["listing"].groups]


def test_each_language_names_the_filters_in_its_own_words_whichever_page_came_first(client, guns):
    english = guns.get_absolute_url()
    assert _filters(client, f"/fr{english}") == ["Marque", "Vitesses"]
    assert _filters(client, english) == ["Brand", "Speeds"]
    assert _filters(client, f"/fr{english}") == ["Marque", "Vitesses"]


def test_a_french_name_changed_by_staff_shows_on_the_next_french_page(client, guns):
    english = guns.get_absolute_url()
    assert "Vitesses" in _filters(client, f"/fr{english}")
    speeds = ProductAttribute.objects.get(code="speeds")
    speeds.name_fr_ca = "Nombre de vitesses"
    speeds.save()
    assert "Nombre de vitesses" in _filters(client, f"/fr{english}")
    assert "Speeds" in _filters(client, english)


def test_the_search_page_names_its_category_filter_in_the_page_language(client, search_index):
    oils = factories.category("Oils")
    tables = factories.category("Tables")
    Category.objects.filter(pk=oils.pk).update(name_fr_ca="Huiles")
    factories.product(title="Massage oil", in_category=oils)
    factories.product(title="Massage table", in_category=tables)
    search_index()

    def categories(prefix):
        listing = client.get(f"{prefix}/search/", {"q": "massage"}).context["listing"]
        return [value.label for group in listing.groups if group.key == "category" for value in group.values]

    assert categories("/fr") == ["Huiles", "Tables"]
    assert categories("") == ["Oils", "Tables"]
