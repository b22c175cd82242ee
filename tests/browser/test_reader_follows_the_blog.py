"""A reader in Chromium, on the demo store: home page → blog → the trigger-point article → Next →
Previous → adds a product the article mentions to the basket."""
import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TRIGGER_POINTS = "Trigger-Point Therapy: Working Knots Safely with Stones and Massage Guns"


@pytest.fixture
def demo_store(live_server, search_index, seeded_store):
    from blog.demo.loader import load_blog
    from catalog.demo.loader import load_catalogue

    load_catalogue(say=lambda *args, **kwargs: None)
    load_blog(say=lambda *args, **kwargs: None)
    return live_server.url


def test_reader_goes_from_home_to_the_trigger_point_article_and_buys_what_it_mentions(page, demo_store, axe_check):
    page.goto(demo_store + "/")
    expect(page.get_by_role("heading", name="From the blog")).to_be_visible()
    page.get_by_role("link", name="All articles").click()
    expect(page.get_by_role("heading", name="The Body Best blog")).to_be_visible()
    axe_check(page)

    page.get_by_role("link", name=TRIGGER_POINTS).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TRIGGER_POINTS)
    expect(page.get_by_role("heading", name="Shop this article")).to_be_visible()
    expect(page.locator(".blog-article-body")).to_contain_text("Quadratus lumborum")
    axe_check(page)

    # The newest article: "Next" is absent, "Previous" leads back in time, and its "Next" returns.
    expect(page.get_by_role("link", name=re.compile("^Next article"))).to_have_count(0)
    previous = page.get_by_role("link", name=re.compile("^Previous article"))
    older_title = previous.locator(".blog-pager-title").inner_text()
    previous.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(older_title)
    page.get_by_role("link", name=re.compile("^Next article")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TRIGGER_POINTS)

    shop = page.get_by_role("region", name="Shop this article")
    button = shop.get_by_role("button", name=re.compile("^Add to basket: ")).first
    product = re.match(r"Add to basket: (.*)", button.get_attribute("aria-label")).group(1)
    button.click()
    expect(page.get_by_text(re.compile(f"{re.escape(product)} has been added to your basket"))).to_be_visible()
    expect(page.locator(".basket-count")).to_contain_text("1")
