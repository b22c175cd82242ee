"""A shopper on a product page switches to French with the keyboard alone, stays on the same
product, reads its price the Quebec way, and switches back; axe on each page."""
import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENGLISH_PRICE = re.compile(r"\$1,249\.50")
FRENCH_PRICE = re.compile(r"1\s249,50\s\$")  # no-break spaces, which \s matches


@pytest.fixture
def product_url(live_server, search_index):
    tables = factories.category("Massage tables")
    product = factories.product(title="Cedar folding massage table", in_category=tables, price="1249.50")
    search_index()
    return live_server.url, product.get_absolute_url()


def _tab_to(page, name, presses=25):
    """Presses Tab until the focused element is the button named ``name``, as a keyboard user
    moves through the header."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = page.evaluate("[document.activeElement.tagName, document.activeElement.textContent.trim()]")
        if focused == ["BUTTON", name]:
            return
    raise AssertionError(f"the {name} button was not reached by Tab")


def test_shopper_switches_a_product_page_to_french_and_back_by_keyboard(page, product_url, axe_check):
    root, path = product_url
    page.goto(f"{root}{path}?utm_source=newsletter")
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")
    expect(page.get_by_role("heading", name="Cedar folding massage table")).to_be_visible()
    expect(page.locator("#main")).to_contain_text(ENGLISH_PRICE)
    axe_check(page)

    _tab_to(page, "Français")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{root}/fr{path}?utm_source=newsletter")
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")
    expect(page.get_by_role("heading", name="Cedar folding massage table")).to_be_visible()
    expect(page.locator("#main")).to_contain_text(FRENCH_PRICE)
    expect(page.locator("#main")).not_to_contain_text(ENGLISH_PRICE)
    axe_check(page)

    # Remembered: the English address now leads to the French page.
    page.goto(f"{root}{path}")
    page.wait_for_url(f"{root}/fr{path}")

    _tab_to(page, "English")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{root}{path}")
    expect(page.locator("html")).to_have_attribute("lang", "en-CA")
    expect(page.locator("#main")).to_contain_text(ENGLISH_PRICE)
    axe_check(page)
