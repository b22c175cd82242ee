import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
# The demo store's top-level categories, in its order: more than a desktop bar holds in a row.
CATEGORIES = ["Massage tables", "Massage guns", "Hot & cold stones", "Oils & lotions", "Essential oils",
              "Trigger-point tools", "Linens", "Bolsters & positioning", "Warmers & heaters"]


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


@pytest.fixture
def store(live_server, search_index):
    """The demo's category tree in short, with products whose names run long."""
    made = {name: factories.category(name) for name in CATEGORIES}
    stones = made["Hot & cold stones"]
    basalt = factories.category("Basalt hot stones", parent=stones)
    factories.category("Marble cold stones", parent=stones)
    long_name = "Cedar & Stone Professional Basalt Hot Stone Set, 45 Stones with Canvas Roll"
    factories.product(title=long_name, in_category=basalt,
                      description="Forty-five polished basalt stones. " * 40)
    for n in range(5):
        factories.product(title=f"Maplewell chilled marble stone no. {n + 1}", in_category=stones)
    search_index()
    return {"url": live_server.url, "stones": stones, "long_name": long_name}


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

    search = page.get_by_role("combobox", name="Search products")
    search.fill("basalt")
    search.press("Enter")
    expect(page.get_by_text("Basalt hot stone set").first).to_be_visible()
    expect(page.get_by_text("Ridgeback mini gun")).to_have_count(0)
    # No facets yet: the results take the page's width, with no empty column beside them.
    expect(page.locator("aside.sidebar")).to_have_count(0)
    axe_check(page)


def _in_first_screen(locator, height=PHONE["height"]):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_on_a_phone_products_price_and_basket_button_come_on_the_first_screen(page, store, axe_check):
    page.goto(store["url"] + store["stones"].get_absolute_url())
    expect(page.get_by_role("heading", level=1, name="Hot & cold stones")).to_be_visible()
    # The subcategories are a single row that scrolls sideways, not a wall above the products.
    row = page.get_by_role("navigation", name="Categories")
    expect(row.get_by_role("link", name="Basalt hot stones")).to_be_visible()
    expect(row.get_by_role("link", name="Massage tables")).to_be_hidden()  # far from here
    first_card = page.locator(".product_pod").first
    assert _in_first_screen(first_card.get_by_role("link").first), "the first product is below the first screen"
    # The whole name is in the card's link, however long.
    expect(page.locator(".product-card-title").get_by_role("link", name=store["long_name"], exact=True)).to_be_visible()
    _visible_words_are_in_each_name(page)
    axe_check(page)

    page.locator(".product-card-title").get_by_role("link", name=store["long_name"], exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(store["long_name"])
    assert _in_first_screen(page.locator(".product_main .price_color").first), "the price is below the first screen"
    assert _in_first_screen(page.get_by_role("button", name="Add to basket")), "Add to basket is below the first screen"
    expect(page.get_by_role("button", name=re.compile("wish list", re.I))).to_have_count(0)
    axe_check(page)


def _visible_words_are_in_each_name(page):
    """WCAG 2.5.3: every named control on the page says, in its name, the words it shows."""
    mismatches = page.evaluate("""() => Array.from(document.querySelectorAll('main [aria-label]'))
        .filter(el => el.matches('a, button') && el.offsetParent !== null && el.innerText.trim())
        .filter(el => !el.getAttribute('aria-label').toLowerCase().includes(el.innerText.trim().toLowerCase()))
        .map(el => el.innerText.trim() + ' / ' + el.getAttribute('aria-label'))""")
    assert mismatches == []


def test_the_phone_category_menu_works_without_javascript(browser, store, axe_check):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(store["url"] + "/")
        menu = page.get_by_role("navigation", name="Product categories")
        expect(menu.get_by_role("link", name="Linens")).to_be_hidden()
        menu.get_by_text("Shop by category").click()
        expect(menu.get_by_role("link", name="Linens")).to_be_visible()
        axe_check(page, javascript=False)
        menu.get_by_role("link", name="Hot & cold stones").click()
        expect(page.get_by_role("heading", level=1, name="Hot & cold stones")).to_be_visible()
    finally:
        context.close()


def test_the_desktop_category_bar_is_one_row_with_the_rest_under_more(browser, store, axe_check):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    try:
        page = context.new_page()
        page.goto(store["url"] + "/")
        bar = page.locator(".site-nav-bar")
        under_more = page.locator(".site-nav-more-list")
        for width in (1440, 1366, 1280, 1024):
            page.set_viewport_size({"width": width, "height": 900})
            boxes = [item.bounding_box() for item in bar.locator(":scope > li").all() if item.is_visible()]
            assert len({round(box["y"]) for box in boxes}) == 1, f"the category bar wraps at {width} px"
            edge = bar.bounding_box()
            assert max(box["x"] + box["width"] for box in boxes) <= edge["x"] + edge["width"], f"overflows at {width} px"
            shown = [name for name in CATEGORIES if bar.get_by_role("link", name=name, exact=True).is_visible()]
            assert shown == CATEGORIES[:len(shown)] and 5 <= len(shown) < len(CATEGORIES), (width, shown)

        # At 1024 px: the categories that are not in the bar are under "More", and only those.
        more = page.get_by_role("navigation", name="Product categories").get_by_text("More categories")
        more.click()
        for name in CATEGORIES[len(shown):]:
            expect(under_more.get_by_role("link", name=name)).to_be_visible()
        for name in shown:
            expect(under_more.get_by_role("link", name=name)).to_be_hidden()
        axe_check(page)
        page.keyboard.press("Tab")
        page.keyboard.press("Escape")
        expect(under_more).to_be_hidden()
        expect(more).to_be_focused()
        page.keyboard.press("Enter")
        under_more.get_by_role("link", name=CATEGORIES[-1]).click()
        expect(page.get_by_role("heading", level=1, name=CATEGORIES[-1])).to_be_visible()
    finally:
        context.close()
