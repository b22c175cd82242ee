"""The menus and layout around the listings, as the server sends them: what works before any
script runs, and what a phone is given to show."""
import re

import pytest

from catalog.templatetags.listing import category_filter
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_phone_category_menu_is_a_details_element_with_every_category(client):
    for name in ("Massage tables", "Linens", "Warmers & heaters"):
        factories.category(name)
    page = client.get("/contact/").content.decode()
    menu = re.search(r'<details class="site-nav-phone">(.*?)</details>', page, re.S).group(1)
    assert "<summary" in menu and "Shop by category" in menu
    for name in ("All products", "Massage tables", "Linens", "Warmers &amp; heaters", "Blog"):
        assert f">{name}</a>" in menu
    assert "data-toggle" not in page.split('<nav class="site-nav"')[1].split("</nav>")[0]


def test_more_holds_every_category_and_appears_only_when_the_bar_cannot(client):
    for n in range(5):
        factories.category(f"Category {n + 1}")
    assert "site-nav-more" not in client.get("/contact/").content.decode()
    factories.category("Category 6")
    page = client.get("/contact/").content.decode()
    more = re.search(r'<ul class="site-nav-more-list">(.*?)</ul>', page, re.S).group(1)
    assert [f"Category {n}" for n in range(1, 7)] == re.findall(r">(Category \d)</a>", more)


def _tree():
    from catalog.navigation import category_tree

    return category_tree()


def test_the_phone_filter_shows_a_category_its_parent_and_its_subcategories():
    stones = factories.category("Hot stones")
    basalt = factories.category("Basalt", parent=stones)
    factories.category("Marble", parent=stones)
    factories.category("Linens")
    near = {e["name"] for e in category_filter(_tree(), stones) if e["near"]}
    assert near == {"Hot stones", "Basalt", "Marble"}
    # A category without subcategories: its parent and its sisters.
    entries = category_filter(_tree(), basalt)
    assert {e["name"] for e in entries if e["near"]} == {"Hot stones", "Basalt", "Marble"}
    assert [e["name"] for e in entries if e["current"]] == ["Basalt"]
    # The catalogue's index (no category; templates pass an empty string): the top level.
    assert {e["name"] for e in category_filter(_tree(), "") if e["near"]} == {"Hot stones", "Linens"}


def test_a_category_page_marks_the_current_category_for_every_width(client, search_index):
    stones = factories.category("Hot stones")
    factories.category("Basalt", parent=stones)
    factories.category("Linens")
    page = client.get(stones.get_absolute_url()).content.decode()
    assert '<li class="category-filter-depth-1 is-near"><a href="' + stones.get_absolute_url() + '" aria-current="page">Hot stones</a></li>' in page
    assert '<li class="category-filter-depth-1"><a href="' in page  # Linens: desktop only
    assert "Show results for" not in page


def test_search_results_take_the_full_width_without_facets(client, search_index):
    factories.product(title="Basalt hot stone set")
    search_index()
    page = client.get("/search/", {"q": "basalt"}).content.decode()
    assert '<aside class="sidebar' not in page
    assert '<div class="col-12 search-results-wide">' in page
    assert "Basalt hot stone set" in page


def test_every_page_link_of_a_listing_is_reachable_by_keyboard_and_keeps_the_filters(client, search_index):
    guns = factories.category("Massage guns")
    factories.products(40, in_category=guns)
    search_index()
    page = client.get(guns.get_absolute_url(), {"page": 2, "in_stock": 1}).content.decode()
    links = re.findall(r'<a class="page-link" href="([^"]+)"([^>]*)>', page)
    assert [href for href, _ in links] == ["?in_stock=1&amp;page=1"]
    assert all("tabindex" not in attributes for _, attributes in links)
    assert '<nav aria-label="Pages">' in page
