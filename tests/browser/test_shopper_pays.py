"""Shoppers pay by card in Chromium, through Stripe.js (localstripe's fake of it, filled in by
our adapter), and land on the thank-you page with their order number."""
import re
from decimal import Decimal

import pytest
from oscar.core.loading import get_model
from playwright.sync_api import expect

from tests import factories
from tests.browser import guest_checkout

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")


@pytest.fixture
def store(live_server, search_index, seeded_store, fake_stripe):
    category = factories.category("Massage tools")
    products = [
        factories.product(title="Northpoint Pro gun", price=Decimal("130.00"), in_category=category),
        factories.product(title="Cedar trigger-point cane", price=Decimal("42.50"), in_category=category),
    ]
    weight = factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0]
    for product in products:
        weight.save_value(product, 2.0)
    return live_server.url, products


def _to_review_and_pay(page, base, products):
    for product in products:
        page.goto(base + product.get_absolute_url())
        page.get_by_role("button", name=re.compile("Add to basket")).first.click()
    guest_checkout.to_review_and_pay(page, base, email="sam@example.ca", first="Sam", last="Okafor")


def test_a_guest_buys_two_products_with_4242_after_a_decline(page, store, axe_check):
    base, products = store
    _to_review_and_pay(page, base, products)
    # 172.50 + 14.95 Standard (4 kg) = 187.45, HST 13% 24.37, total 211.82
    pay = page.get_by_role("button", name="Pay $211.82 and place order")
    expect(pay).to_be_enabled()
    axe_check(page)

    guest_checkout.type_card(page, "4000000000000341")
    pay.click()
    expect(page.get_by_role("alert")).to_contain_text(re.compile("declined", re.I))
    assert Order.objects.count() == 0
    expect(pay).to_be_enabled()
    axe_check(page)

    page.reload()
    guest_checkout.type_card(page, "4242424242424242")
    page.get_by_role("button", name="Pay $211.82 and place order").click()
    expect(page).to_have_url(re.compile("/checkout/thank-you/$"), timeout=15000)
    order = Order.objects.get()
    expect(page.locator("body")).to_contain_text(order.number)
    assert order.status == "Paid" and order.total_incl_tax == Decimal("211.82")
    assert sorted(line.title for line in order.lines.all()) == ["Cedar trigger-point cane", "Northpoint Pro gun"]
    axe_check(page)


def test_a_3d_secure_card_completes_its_challenge(page, store, axe_check):
    base, products = store
    _to_review_and_pay(page, base, products[:1])
    guest_checkout.type_card(page, "4000002760003184")
    page.get_by_role("button", name=re.compile(r"^Pay \$")).click()
    page.get_by_role("button", name="Complete authentication").click()
    expect(page).to_have_url(re.compile("/checkout/thank-you/$"), timeout=15000)
    order = Order.objects.get()
    expect(page.locator("body")).to_contain_text(order.number)
    assert order.status == "Paid"
