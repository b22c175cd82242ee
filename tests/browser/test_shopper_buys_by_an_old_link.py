"""The move from Shopify end to end, as a shopper lives it: the product export comes in through
`import_shopify products`, then a shopper in Chromium follows an old Shopify product link (a
bookmark, an old newsletter), lands on the imported product, picks a size and pays for it by
card. What the order holds is what the export said."""
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")
SAMPLES = Path(__file__).resolve().parents[1] / "catalog" / "shopify_samples"


@pytest.fixture
def store(live_server, search_index, seeded_store, fake_stripe):
    call_command("import_shopify", "products", str(SAMPLES / "products.csv"),
                 "--images", str(SAMPLES / "images"), "--no-download", stdout=open("/dev/null", "w"))
    search_index()
    return live_server.url


def _type_card(page, number):
    card = page.get_by_role("group", name=re.compile("Card number, expiry"))
    card.get_by_role("textbox", name="Card number").fill(number)
    card.get_by_role("textbox", name="Expiry month (MM)").fill("12")
    card.get_by_role("textbox", name="Expiry year (YY)").fill("31")
    card.get_by_role("textbox", name="CVC").fill("123")
    card.get_by_role("textbox", name="Postal code").fill("K1P1J1")


def test_an_imported_product_is_bought_from_its_old_shopify_link(page, store, axe_check):
    page.goto(store + "/products/rouleau-mousse?variant=44120391")
    expect(page.get_by_role("heading", level=1, name="Foam roller")).to_be_visible()
    assert "/catalogue/" in page.url
    axe_check(page)

    page.get_by_role("link", name="Foam roller (45 cm)").click()
    expect(page.get_by_role("heading", level=1, name=re.compile("45 cm"))).to_be_visible()
    page.get_by_role("button", name=re.compile("Add to basket")).first.click()
    page.goto(store + "/cart")  # Shopify's basket address too
    expect(page).to_have_url(store + "/basket/")
    expect(page.get_by_role("link", name=re.compile("Foam roller.*45 cm")).first).to_be_visible()

    page.goto(store + "/checkout/")
    page.get_by_label("Email address", exact=True).fill("ines@example.ca")
    page.get_by_label("No, check out as a guest").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("First name").fill("Inès")
    page.get_by_label("Last name").fill("Tremblay")
    page.get_by_label("Street address").fill("111 Wellington Street")
    page.get_by_label("City").fill("Ottawa")
    page.get_by_label("Province or territory").select_option("ON")
    page.get_by_label("Postal code").fill("K1P 1J1")
    page.get_by_label("Phone number").fill("613 555 0170")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name=re.compile("^Use ")).first.click()
    expect(page.get_by_role("heading", name="Review and pay")).to_be_visible()
    pay = page.get_by_role("button", name=re.compile(r"^Pay \$[\d.,]+ and place order$"))
    expect(pay).to_be_enabled()
    shown_total = Decimal(re.search(r"\$([\d.,]+)", pay.inner_text()).group(1).replace(",", ""))
    axe_check(page)

    _type_card(page, "4242424242424242")
    pay.click()
    expect(page).to_have_url(re.compile("/checkout/thank-you/$"), timeout=15000)
    order = Order.objects.get()
    expect(page.locator("body")).to_contain_text(order.number)
    line = order.lines.get()
    assert "45 cm" in line.title and line.unit_price_excl_tax == Decimal("27.00")  # the export's price
    assert order.total_incl_tax == shown_total
    axe_check(page)
