"""A shopper in Chromium follows a link to the old Shopify store (a bookmark, an old newsletter):
it lands on the product's new page, and the product goes in the basket on the way to checkout;
a link to something the new store calls otherwise lands on a search for it
(bodybest/old_link_redirects.py)."""
import re

import pytest
from playwright.sync_api import expect

from bodybest import old_links
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shop(live_server, search_index):
    guns = factories.category("Massage guns")
    gun = factories.product(title="Northpoint Pro percussion gun", in_category=guns)
    factories.product(title="Basalt hot stone set")
    old_links.record("/products/northpoint-pro", gun.get_absolute_url(), "product")
    search_index()
    return live_server.url


def test_an_old_product_link_lands_on_the_product_and_it_goes_in_the_basket(page, shop, axe_check):
    page.goto(shop + "/products/northpoint-pro?variant=40021984")
    expect(page).to_have_url(re.compile(r"/catalogue/northpoint-pro-percussion-gun_\d+/$"))
    expect(page.get_by_role("heading", level=1, name="Northpoint Pro percussion gun")).to_be_visible()
    axe_check(page)

    page.get_by_role("button", name=re.compile("Add to basket")).first.click()
    page.goto(shop + "/cart")
    expect(page).to_have_url(shop + "/basket/")
    expect(page.get_by_role("link", name="Northpoint Pro percussion gun").first).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Proceed to checkout")).first).to_be_visible()
    axe_check(page)


def test_an_old_link_to_a_renamed_product_offers_a_search_for_it(page, shop, axe_check):
    response = page.goto(shop + "/products/basalt-stone-set")
    assert response.status == 404
    search = page.get_by_role("searchbox", name="Search products").last
    expect(search).to_have_value("basalt stone set")
    axe_check(page)

    page.get_by_role("button", name="Search", exact=True).last.click()
    expect(page.get_by_text("Basalt hot stone set").first).to_be_visible()
    expect(page.get_by_text("Northpoint Pro percussion gun")).to_have_count(0)
