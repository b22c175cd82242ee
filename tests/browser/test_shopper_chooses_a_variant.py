"""A shopper chooses the colour and size of the flannel sheet set (imported from Shopify with
three colours by three sizes), sees the price follow the choice, and finds that variant in the
basket at its price; then the foam roller, whose longest size is sold out, with JavaScript off."""
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation
from oscar.core.loading import get_model
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SAMPLES = Path(__file__).resolve().parents[1] / "catalog" / "shopify_samples"
ShopifyRecord = get_model("catalogue", "ShopifyRecord")
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def store(live_server, search_index, seeded_store):
    call_command("import_shopify", "products", str(SAMPLES / "products.csv"),
                 "--images", str(SAMPLES / "images"), "--no-download", stdout=open("/dev/null", "w"))
    search_index()
    return live_server.url


def _url(handle, language="en-ca"):
    with translation.override(language):
        return ShopifyRecord.objects.get(handle=handle, option_key="").product.get_absolute_url()


def test_a_shopper_chooses_colour_and_size_and_gets_that_sheet_set(page, store, axe_check):
    page.goto(store + _url("drap-table"))
    expect(page.locator(".product_main > .price_color")).to_have_text("From $49.00")
    colour = page.get_by_label("Colour")
    size = page.get_by_label("Size")
    chosen = page.locator("[data-variant-summary]")
    expect(chosen).to_contain_text("$49.00")
    expect(chosen).to_contain_text("In stock")
    axe_check(page)

    colour.select_option("Charcoal")
    size.select_option("Wide")
    expect(chosen).to_contain_text("$59.00")
    expect(size.locator("option[value=Fitted]")).to_have_text("Fitted — $64.00")
    page.get_by_label("Quantity").fill("2")
    page.get_by_role("button", name="Add to basket").click()

    page.goto(store + "/basket/")
    line = page.get_by_role("link", name="Flannel table sheet set (Charcoal / Wide)").first
    expect(line).to_be_visible()
    expect(page.locator("body")).to_contain_text("$118.00")
    axe_check(page)


def test_a_sold_out_combination_is_not_offered_as_the_choices_change(page, store, axe_check):
    StockRecord = get_model("partner", "StockRecord")
    StockRecord.objects.filter(product__title="Flannel table sheet set (White / Fitted)").update(num_in_stock=0)
    page.goto(store + _url("drap-table"))
    colour = page.get_by_label("Colour")
    size = page.get_by_label("Size")
    size.select_option("Fitted")
    expect(page.locator("[data-variant-summary]")).to_contain_text("$64.00")
    expect(colour.locator("option[value=White]")).to_be_disabled()
    expect(colour.locator("option[value=White]")).to_have_text("White — $64.00 (sold out)")
    colour.select_option("Charcoal")
    size.select_option("Single")
    colour.select_option("White")  # White in Single is still sold
    expect(size.locator("option[value=Fitted]")).to_be_disabled()
    expect(size.locator("option[value=Fitted]")).to_have_text("Fitted — $64.00 (sold out)")
    expect(page.locator("[data-variant-summary]")).to_contain_text("In stock")
    axe_check(page)
    axe_check(page, javascript=False)


def test_a_shopper_without_javascript_chooses_a_length_and_cannot_choose_the_sold_out_one(browser, store, axe_check):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(store + _url("rouleau-mousse"))
        expect(page.locator(".product_main > .price_color")).to_have_text("From $19.00")
        length = page.get_by_label("Length")
        expect(length.locator('option[value="90 cm"]')).to_be_disabled()
        expect(length.locator('option[value="90 cm"]')).to_have_text("90 cm — $39.00 (sold out)")
        length.select_option("45 cm")
        page.get_by_role("button", name="Add to basket").click()
        page.goto(store + "/basket/")
        expect(page.get_by_role("link", name="Foam roller (45 cm)").first).to_be_visible()
        expect(page.locator("body")).to_contain_text("$27.00")
    finally:
        context.close()


def test_the_sheet_set_page_in_french(page, store, axe_check):
    page.goto(store + _url("drap-table", "fr-ca"))
    expect(page.locator(".product_main > .price_color")).to_have_text(re.compile(r"À partir de 49,00\s\$"))
    expect(page.get_by_role("button", name="Ajouter au panier")).to_be_visible()
    axe_check(page)
