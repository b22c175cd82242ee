"""Two shoppers in Chromium read the same category page from the whole-page cache
(bodybest/page_cache.py): one with JavaScript, one without. Each fills a basket and a compare
list from the shared page's own forms, and each reload shows their own basket, buttons and tray,
never the other's."""
import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLES = ["Harbour oil", "Cedar stone set", "Pine roller"]


@pytest.fixture
def shared_page(live_server, search_index, settings):
    settings.PAGE_CACHE_SECONDS = 60
    category = factories.category("Warm-up")
    for title in TITLES:
        factories.product(title=title, in_category=category)
    search_index()
    return live_server.url + category.get_absolute_url()


def _from_the_cache(page, url):
    response = page.goto(url)
    assert response.status == 200
    assert response.headers.get("x-page-cache") == "hit", url
    return response


def _count(page):
    return page.locator(".basket-count").first.inner_text().split()[0]


def _listed(page):
    return {title for title in TITLES
            if page.get_by_role("button", name=f"In compare list: {title} (remove it)").count()}


def test_two_shoppers_each_see_only_their_own_basket_and_compare_list(browser, shared_page, axe_check):
    with_js = browser.new_context(viewport={"width": 1280, "height": 900})
    without_js = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    ann, bo = with_js.new_page(), without_js.new_page()
    try:
        ann.goto(shared_page)  # rendered once, kept
        _from_the_cache(bo, shared_page)

        # Ann, with JavaScript: a basket line from the card's form, a product to compare.
        ann.get_by_role("button", name="Add to basket: Harbour oil").click()
        expect(ann.locator("#messages")).to_contain_text("has been added to your basket")
        ann.get_by_role("button", name="Add to compare: Cedar stone set").click()
        expect(ann.get_by_role("button", name="In compare list: Cedar stone set (remove it)")).to_be_visible()

        # Bo, without JavaScript: the same shared page's plain forms, with his own token.
        bo.get_by_role("button", name="Add to basket: Pine roller").click()
        bo.goto(shared_page)
        bo.get_by_role("button", name="Add to compare: Harbour oil").click()
        bo.goto(shared_page)

        for shopper, count, listed, not_listed in ((ann, "1", {"Cedar stone set"}, "Harbour oil"),
                                                   (bo, "1", {"Harbour oil"}, "Cedar stone set")):
            _from_the_cache(shopper, shared_page)
            assert _count(shopper) == count
            assert _listed(shopper) == listed
            tray = shopper.locator("#compare-tray-region")
            expect(tray).to_contain_text(next(iter(listed)))
            expect(tray).not_to_contain_text(not_listed)
        for shopper, own, other in ((ann, "Harbour oil", "Pine roller"), (bo, "Pine roller", "Harbour oil")):
            mini_basket = shopper.locator(".masthead-basket").text_content()  # folded: not inner_text
            assert own in mini_basket and other not in mini_basket
        axe_check(ann)
        axe_check(bo, javascript=False)

        stranger = browser.new_context().new_page()
        _from_the_cache(stranger, shared_page)
        assert _count(stranger) == "0" and _listed(stranger) == set()
        assert not re.search(r"Harbour oil.*has been added", stranger.content())
        stranger.context.close()
    finally:
        with_js.close()
        without_js.close()
