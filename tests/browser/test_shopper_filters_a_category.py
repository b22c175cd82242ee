"""A shopper narrows a category with the filters beside it (links drawn as checkboxes, with
counts), by keyboard as well as by mouse, sorts with the plain Sort form, takes filters off
again one chip at a time or all at once; on a phone the filters start folded; without
JavaScript filtering and sorting work the same; a misspelt search still finds the products."""
import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# (title, brand, price, units in stock, stall force): eight guns in three brands. The default
# order (best-selling, then by name) puts the Northpoint guns from $100 to $250 in the opposite
# order to their prices, so a sort that did nothing would be seen.
GUNS = [
    ("Northpoint Apex percussion gun", "Northpoint", "349.00", 4, 60),
    ("Northpoint Atlas percussion gun", "Northpoint", "229.00", 6, 60),
    ("Northpoint Mini percussion gun", "Northpoint", "189.00", 0, 40),
    ("Northpoint Zephyr percussion gun", "Northpoint", "129.00", 2, 60),
    ("Ridgeback Deep percussion gun", "Ridgeback", "239.00", 3, 60),
    ("Ridgeback Lite percussion gun", "Ridgeback", "149.00", 0, 40),
    ("Ridgeback Travel percussion gun", "Ridgeback", "89.00", 5, 30),
    ("Kestrel Pocket percussion gun", "Kestrel", "45.00", 7, 30),
]


@pytest.fixture
def guns_url(live_server, search_index):
    guns = factories.category("Massage guns")
    for title, brand, price, stock, stall_force in GUNS:
        factories.product(title=title, price=Decimal(price), stock=stock, in_category=guns,
                          attributes={"brand": brand, "stall_force": stall_force})
    factories.product(title="Basalt hot stone set", price=Decimal("89.00"),
                      in_category=factories.category("Hot stones"), attributes={"brand": "Northpoint"})
    search_index()
    return live_server.url + guns.get_absolute_url()


def _cards(page, n):
    """The page's product cards, once all ``n`` are there (a page still loading has fewer)."""
    cards = page.locator("main .product_pod")
    expect(cards).to_have_count(n)
    return cards


def _prices(page, n):
    """The prices on the ``n`` product cards, in the order shown."""
    texts = _cards(page, n).locator(".price_color").all_inner_texts()
    return [Decimal(re.sub(r"[^\d.]", "", text)) for text in texts]


def _titles(page, n):
    return _cards(page, n).locator(".product-card-title").all_inner_texts()


def _tab_to(page, target, limit=120):
    """Presses Tab from where the focus is until ``target`` has it; fails if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"{limit} presses of Tab never reached {target}")


def test_shopper_narrows_sorts_and_clears_the_filters_by_keyboard_and_mouse(browser, guns_url, axe_check):
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()
        page.goto(guns_url)
        expect(page.get_by_role("heading", level=1, name="Massage guns")).to_be_visible()
        count = page.locator(".listing-count")
        expect(count).to_have_text("8 products")
        expect(page.get_by_text("Basalt hot stone set")).to_have_count(0)
        filters = page.locator("details.facets")
        for heading in ("Brand", "Price", "Availability", "Stall force (lb)"):
            expect(filters.get_by_role("heading", level=3, name=heading, exact=True)).to_be_visible()
        brands = filters.get_by_role("list", name="Brand")
        expect(brands.get_by_role("link")).to_have_text(
            [re.compile(r"Kestrel\s+\(1\)"), re.compile(r"Northpoint\s+\(4\)"), re.compile(r"Ridgeback\s+\(3\)")])
        expect(filters.get_by_role("list", name="Availability").get_by_role("link")).to_have_text(
            re.compile(r"In stock\s+\(6\)"))
        expect(filters.get_by_role("list", name="Stall force (lb)").get_by_role("link")).to_have_text(
            [re.compile(r"^30\s+\(2\)"), re.compile(r"^40\s+\(2\)"), re.compile(r"^60\s+\(4\)")])
        expect(filters.locator("a[rel=nofollow]")).to_have_count(filters.get_by_role("link").count())

        # The brand, ticked from the keyboard alone.
        northpoint = brands.get_by_role("link", name=re.compile("^Northpoint"))
        _tab_to(page, northpoint)
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile(r"[?&]brand=Northpoint(&|$)"))
        expect(count).to_have_text("4 products")
        expect(page.get_by_role("link", name="Brand: Northpoint (remove)")).to_be_visible()
        assert sorted(_titles(page, 4)) == [title for title, brand, *_ in GUNS if brand == "Northpoint"]
        northpoint = brands.get_by_role("link", name=re.compile("^Northpoint"))
        expect(northpoint).to_have_attribute("aria-current", "true")
        expect(northpoint).to_have_accessible_name(re.compile("applied; follow to remove"))
        expect(filters.get_by_role("heading", level=2)).to_have_text("Filter (1 applied)")
        # Counts are those of the narrowed list: the Northpoint guns between $100 and $250.
        band = filters.get_by_role("list", name="Price").get_by_role("link", name=re.compile(r"^\$100 to \$250"))
        expect(band).to_have_text(re.compile(r"\(3\)"))

        band.click()
        expect(count).to_have_text("3 products")
        expect(page.get_by_role("link", name="Price: $100 to $250 (remove)")).to_be_visible()
        expect(page.get_by_role("link", name="Brand: Northpoint (remove)")).to_be_visible()
        default_order = _prices(page, 3)
        assert default_order == [Decimal("229.00"), Decimal("189.00"), Decimal("129.00")]  # by name

        sort = page.get_by_label("Sort by")
        expect(sort).to_have_value("best-selling")
        sort.select_option(label="Price, low to high")
        page.get_by_role("button", name="Sort", exact=True).click()
        expect(page).to_have_url(re.compile(r"[?&]sort=price-asc"))
        expect(page.get_by_label("Sort by")).to_have_value("price-asc")
        expect(count).to_have_text("3 products")  # the filters stayed
        assert _prices(page, 3) == [Decimal("129.00"), Decimal("189.00"), Decimal("229.00")]
        axe_check(page)

        filters.get_by_role("list", name="Stall force (lb)").get_by_role("link", name=re.compile(r"^60\b")).click()
        expect(count).to_have_text("2 products")
        assert _titles(page, 2) == ["Northpoint Zephyr percussion gun", "Northpoint Atlas percussion gun"]
        expect(filters.get_by_role("heading", level=2)).to_have_text("Filter (3 applied)")

        # One chip off: the band goes, the brand and the stall force stay, so does the order.
        page.get_by_role("link", name="Price: $100 to $250 (remove)").click()
        expect(count).to_have_text("3 products")
        expect(page.get_by_role("link", name=re.compile("^Price:"))).to_have_count(0)
        expect(page.get_by_role("link", name="Brand: Northpoint (remove)")).to_be_visible()
        expect(page.get_by_role("link", name="Stall force (lb): 60 (remove)")).to_be_visible()
        assert _prices(page, 3) == [Decimal("129.00"), Decimal("229.00"), Decimal("349.00")]

        page.get_by_role("link", name="Clear all filters").click()
        expect(count).to_have_text("8 products")
        expect(page.locator(".active-filters")).to_have_count(0)
        expect(page).not_to_have_url(re.compile(r"brand=|attr_"))
        prices = _prices(page, 8)
        assert prices == sorted(prices)
    finally:
        context.close()


def test_on_a_phone_the_filters_start_folded_and_open_when_asked(page, guns_url, axe_check):
    page.goto(guns_url)
    filters = page.locator("details.facets")
    expect(filters).to_have_js_property("open", False)
    northpoint = filters.get_by_role("link", name=re.compile("^Northpoint"))
    expect(northpoint).to_be_hidden()
    expect(page.locator(".product_pod").first).to_be_in_viewport()

    filters.get_by_text("Filter", exact=True).click()
    expect(filters).to_have_js_property("open", True)
    expect(northpoint).to_be_visible()
    axe_check(page)
    northpoint.click()
    expect(page.locator(".listing-count")).to_have_text("4 products")
    # Folded again on the next page, saying what is applied; the chip is in sight.
    expect(page.locator("details.facets")).to_have_js_property("open", False)
    expect(page.locator("details.facets").get_by_role("heading", level=2)).to_have_text("Filter (1 applied)")
    expect(page.get_by_role("link", name="Brand: Northpoint (remove)")).to_be_visible()


# Resolves once the page has painted (its layout parsed and laid out by then).
_FIRST_PAINT = """new Promise(resolve => new PerformanceObserver((list, observer) => {
  observer.disconnect();
  resolve();
}).observe({type: "paint", buffered: true}))"""


def test_on_a_phone_folding_the_filters_does_not_move_the_products(browser, guns_url):
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        held = []  # ui.js answered only once the page has painted, as on a slow phone network
        page.route("**/bodybest/js/ui.js", lambda route: held.append(route))
        with page.expect_request("**/bodybest/js/ui.js"):
            page.goto(guns_url, wait_until="commit")
        page.evaluate(_FIRST_PAINT)
        first_card = page.locator(".product_pod").first
        painted_at = first_card.bounding_box()["y"]
        assert held, "the page never asked for ui.js"
        held[0].continue_()
        expect(page.locator("details.facets")).to_have_js_property("open", False)
        moved = painted_at - first_card.bounding_box()["y"]
        assert abs(moved) < 1, f"the products moved {moved:.0f} px when the filters folded"
    finally:
        context.close()


def test_without_javascript_filtering_and_sorting_still_work(browser, guns_url, axe_check):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(guns_url)
        filters = page.locator("details.facets")
        expect(filters).to_have_attribute("open", "")  # nothing folds it: it stays open
        filters.get_by_role("link", name=re.compile(r"^In stock")).click()
        expect(page.locator(".listing-count")).to_have_text("6 products")
        expect(page.get_by_role("link", name="Availability: In stock (remove)")).to_be_visible()
        assert "Northpoint Mini percussion gun" not in _titles(page, 6)

        page.get_by_label("Sort by").select_option(label="Price, high to low")
        page.get_by_role("button", name="Sort", exact=True).click()
        expect(page).to_have_url(re.compile(r"[?&]sort=price-desc"))
        assert _prices(page, 6) == [Decimal(p) for p in ("349.00", "239.00", "229.00", "129.00", "89.00", "45.00")]

        page.locator("details.facets").get_by_role("link", name=re.compile("^Ridgeback")).click()
        expect(page.locator(".listing-count")).to_have_text("2 products")
        assert _prices(page, 2) == [Decimal("239.00"), Decimal("89.00")]
        axe_check(page, javascript=False)
        page.get_by_role("link", name="Clear all filters").click()
        expect(page.locator(".listing-count")).to_have_text("8 products")
        expect(page.get_by_label("Sort by")).to_have_value("price-desc")
    finally:
        context.close()


def test_a_misspelt_search_shows_what_it_searched_for(page, guns_url, axe_check):
    page.goto(guns_url)
    box = page.get_by_role("combobox", name="Search products")
    box.fill("northpont")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=northpont"))
    expect(page.get_by_role("status").filter(has_text="Showing results for")).to_have_text(
        "Showing results for “northpoint”.")
    expect(page.locator(".listing-count")).to_have_text("5 products")  # four guns and the stones
    axe_check(page)

    box = page.get_by_role("combobox", name="Search products")
    box.fill("northpoint qzxv")
    box.press("Enter")
    expect(page.locator(".nonefound")).to_contain_text("No products match “northpoint qzxv”.")
    page.locator(".nonefound").get_by_role("link", name="northpoint").click()
    expect(page.locator(".listing-count")).to_have_text("5 products")
