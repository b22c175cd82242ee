import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shop(live_server, search_index):
    guns = factories.category("Massage guns")
    stones = factories.category("Hot stones")
    factories.product(title="Northpoint Pro percussion gun", in_category=guns,
                      description="Sixteen millimetres of amplitude for deep tissue.")
    factories.product(title="Ridgeback mini gun", in_category=guns)
    factories.product(title="Basalt hot stone set", in_category=stones,
                      description="Sixty polished basalt stones in a canvas roll.")
    search_index()
    return live_server.url


def test_shopper_goes_from_home_to_a_category_a_product_and_a_search(page, shop, axe_check):
    page.goto(shop + "/")
    expect(page.get_by_role("link", name=re.compile("1-800 881 1681")).first).to_be_visible()
    axe_check(page)

    page.get_by_role("link", name="Massage guns").first.click()
    expect(page.get_by_role("heading", name="Massage guns")).to_be_visible()
    expect(page.get_by_text("Northpoint Pro percussion gun").first).to_be_visible()
    expect(page.get_by_text("Basalt hot stone set")).to_have_count(0)
    axe_check(page)

    page.get_by_role("link", name="Northpoint Pro percussion gun").first.click()
    expect(page.get_by_role("heading", name="Specifications")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("Amplitude \\(mm\\)"))).to_contain_text("12")
    axe_check(page)

    search = page.get_by_role("searchbox").first
    search.fill("basalt")
    search.press("Enter")
    expect(page.get_by_text("Basalt hot stone set").first).to_be_visible()
    expect(page.get_by_text("Ridgeback mini gun")).to_have_count(0)
    axe_check(page)
