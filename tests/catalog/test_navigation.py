import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_the_category_menu_shows_a_renamed_category_at_once(client):
    category = factories.category("Linens")
    assert ">Linens<" in client.get("/contact/").content.decode()
    category.name = "Linens & covers"
    category.save()
    page = client.get("/contact/").content.decode()
    assert "Linens &amp; covers" in page


def test_the_category_menu_costs_no_query_once_cached(client, django_assert_num_queries):
    from catalog.navigation import nav_categories

    factories.category("Linens")
    nav_categories()
    with django_assert_num_queries(0):
        assert [entry["name"] for entry in nav_categories()] == ["Linens"]
