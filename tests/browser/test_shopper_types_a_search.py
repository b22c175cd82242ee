"""The site search suggests products and categories while the shopper types (a WAI-ARIA
combobox), by mouse and by keyboard, and stays a plain search form without JavaScript."""
import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shop(live_server, search_index):
    guns = factories.category("Massage guns")
    factories.product(title="Northpoint Pro percussion gun", price="349.00", in_category=guns)
    factories.product(title="Ridgeback mini percussion gun", price="129.00", in_category=guns)
    factories.product(title="Basalt hot stone set", price="89.00")
    search_index()
    return live_server.url


def test_shopper_picks_a_suggestion_with_the_keyboard(page, shop, axe_check):
    page.goto(shop + "/")
    box = page.get_by_role("combobox", name="Search products")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press_sequentially("percuss", delay=30)

    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    options = listbox.get_by_role("option")
    expect(options).to_have_count(2)
    expect(options.first).to_contain_text("Northpoint Pro percussion gun")
    expect(options.first).to_contain_text("$349.00")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("status").filter(has_text="2 suggestions")).to_have_count(1)
    axe_check(page)

    box.press("ArrowDown")
    box.press("ArrowDown")
    second = options.nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    expect(box).to_be_focused()
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press("ArrowDown")
    box.press("ArrowUp")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/catalogue/ridgeback-mini-percussion-gun_\d+/$"))


def test_shopper_clicks_a_category_suggestion_or_searches_as_before(page, shop):
    page.goto(shop + "/")
    box = page.get_by_role("combobox", name="Search products")
    box.press_sequentially("massage gu", delay=30)
    page.get_by_role("option", name=re.compile("Massage guns")).click()
    expect(page.get_by_role("heading", name="Massage guns")).to_be_visible()

    box = page.get_by_role("combobox", name="Search products")
    box.fill("basalt")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=basalt"))
    expect(page.get_by_text("Basalt hot stone set").first).to_be_visible()


def test_without_javascript_the_search_is_a_plain_form(browser, shop):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(shop + "/")
        expect(page.get_by_role("combobox")).to_have_count(0)
        box = page.get_by_role("searchbox", name="Search products")
        box.fill("percussion")
        box.press("Enter")
        expect(page.get_by_text("Northpoint Pro percussion gun").first).to_be_visible()
    finally:
        context.close()
