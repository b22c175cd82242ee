"""Bad input gets a 404 or a 400, never a 500."""
import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(search_index):
    category = factories.category("Massage guns")
    product = factories.product(in_category=category)
    search_index()
    return category, product


@pytest.mark.parametrize(
    "url",
    [
        "/catalogue/no-such-product_999999/",
        "/catalogue/category/no-such-category_999999/",
        "/catalogue/?page=99999",
        "/catalogue/?page=-1",
        "/catalogue/?page=abc",
        "/search/?q=gun&page=99999999999999999999",
        "/no-such-page/",
    ],
)
def test_unknown_things_and_absurd_pages_are_404(client, catalogue, url):
    assert client.get(url).status_code == 404


def test_a_category_page_beyond_the_last_is_404(client, catalogue):
    category, _ = catalogue
    assert client.get(category.get_absolute_url() + "?page=500").status_code == 404


def test_an_oversized_search_is_400_with_a_message(client, catalogue):
    response = client.get("/search/", {"q": "massage " * 100})
    assert response.status_code == 400
    assert "limited to 200 characters" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"q": "gun", "selected_facets": "nonsense:thing"},
        {"q": "gun", "sort_by": "'; DROP TABLE"},
        {"q": "AND OR NOT ( [ {"},
        {"q": "*:*"},
        {"q": "\x00"},
    ],
)
def test_odd_queries_never_fail(client, catalogue, query):
    assert client.get("/search/", query).status_code in (200, 400)


def test_a_query_string_with_too_many_fields_is_400(client, catalogue):
    query = "&".join(f"f{i}=1" for i in range(2000))
    client.raise_request_exception = False  # Django answers 400 for this SuspiciousOperation
    assert client.get(f"/search/?q=gun&{query}").status_code == 400


def test_a_renamed_category_slug_redirects_to_the_right_address(client, catalogue):
    category, _ = catalogue
    response = client.get(f"/catalogue/category/old-name_{category.pk}/")
    assert response.status_code == 301
    assert response["Location"] == category.get_absolute_url()
