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

from tests.browser import guest_checkout

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")
SAMPLES = Path(__file__).resolve().parents[1] / "catalog" / "shopify_samples"


@pytest.fixture
def store(live_server, search_index, seeded_store, fake_stripe):
    call_command("import_shopify", "products", str(SAMPLES / "products.csv"),
                 "--images", str(SAMPLES / "images"), "--no-download", stdout=open("/dev/null", "w"))
    search_index()
    return live_server.url


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

    ottawa = {"street": "111 Wellington Street", "city": "Ottawa", "province": "ON", "postal": "K1P 1J1",
              "phone": "613 555 0170"}
    guest_checkout.to_review_and_pay(page, store, email="ines@example.ca", first="Inès", last="Tremblay",
                                     address=ottawa)
    pay = page.get_by_role("button", name=re.compile(r"^Pay \$[\d.,]+ and place order$"))
    expect(pay).to_be_enabled()
    shown_total = Decimal(re.search(r"\$([\d.,]+)", pay.inner_text()).group(1).replace(",", ""))
    axe_check(page)

    guest_checkout.type_card(page, "4242424242424242", postal="K1P1J1")
    pay.click()
    expect(page).to_have_url(re.compile("/checkout/thank-you/$"), timeout=15000)
    order = Order.objects.get()
    expect(page.locator("body")).to_contain_text(order.number)
    line = order.lines.get()
    assert "45 cm" in line.title and line.unit_price_excl_tax == Decimal("27.00")  # the export's price
    assert order.total_incl_tax == shown_total
    axe_check(page)
