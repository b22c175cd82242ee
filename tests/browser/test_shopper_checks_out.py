"""A shopper in Chromium: a basket under $250 shows how far it is from free shipping and pays
Standard shipping; raised above $250, Standard becomes free; a Quebec address shows GST and QST
on their own lines in the preview."""
import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def gun_url(live_server, search_index, seeded_store, fake_stripe):
    category = factories.category("Massage guns")
    gun = factories.product(title="Northpoint Pro gun", price=Decimal("130.00"), in_category=category)
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(gun, 3.0)
    return live_server.url + gun.get_absolute_url()


def _shipping_methods(page):
    return page.locator("body").inner_text()


def test_shopper_sees_free_shipping_progress_and_quebec_taxes(page, gun_url, axe_check):
    page.goto(gun_url)
    page.get_by_role("button", name=re.compile("Add to basket")).first.click()
    page.goto(gun_url.split("/catalogue/")[0] + "/basket/")
    expect(page.get_by_text("You're $120.00 away from free shipping").first).to_be_visible()
    expect(page.get_by_role("progressbar", name="Progress to free shipping").first).to_be_visible()
    expect(page.get_by_text("Taxes calculated at checkout")).to_be_visible()
    axe_check(page)

    page.get_by_role("link", name=re.compile("Proceed to checkout")).first.click()
    page.get_by_label("Email address", exact=True).fill("marie@example.ca")
    page.get_by_label("No, check out as a guest").check()
    page.get_by_role("button", name="Continue").click()

    page.get_by_label("First name").fill("Marie")
    page.get_by_label("Last name").fill("Tremblay")
    page.get_by_label("Street address").fill("1200 rue Sherbrooke Ouest")
    page.get_by_label("City").fill("Montréal")
    page.get_by_label("Province or territory").select_option("QC")
    page.get_by_label("Postal code").fill("h3a1h6")
    page.get_by_label("Phone number").fill("514 555 0199")
    axe_check(page)
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", name="Standard shipping")).to_be_visible()
    expect(page.locator("body")).to_contain_text("$14.95")
    axe_check(page)
    page.get_by_role("button", name=re.compile("^Use ")).first.click()
    page.goto(gun_url.split("/catalogue/")[0] + "/checkout/preview/")
    # 130.00 + 14.95 = 144.95: GST 7.25 (7.2475), QST 14.46 (14.459), total 166.66.
    expect(page.get_by_role("row", name=re.compile(r"GST \(5%\)"))).to_contain_text("$7.25")
    expect(page.get_by_role("row", name=re.compile(r"QST \(9\.975%\)"))).to_contain_text("$14.46")
    expect(page.locator("body")).to_contain_text("$166.66")
    axe_check(page)

    # A second gun: $260.00 of merchandise, Standard becomes free.
    page.goto(gun_url)
    page.get_by_role("button", name=re.compile("Add to basket")).first.click()
    page.goto(gun_url.split("/catalogue/")[0] + "/basket/")
    expect(page.get_by_text("Your order ships free with Standard shipping.").first).to_be_visible()
    page.goto(gun_url.split("/catalogue/")[0] + "/checkout/shipping-method/")
    expect(page.locator("body")).to_contain_text("Standard shipping")
    page.goto(gun_url.split("/catalogue/")[0] + "/checkout/preview/")
    # 260.00 + 0.00: GST 13.00, QST 25.94 (25.935), total 298.94.
    expect(page.get_by_role("row", name=re.compile(r"QST \(9\.975%\)"))).to_contain_text("$25.94")
    expect(page.locator("body")).to_contain_text("$298.94")
