"""Free standard shipping over $250.00 of merchandise after discounts and before tax
(checkout/free_shipping.py), in the shipping method and in every message that shows it."""
from decimal import Decimal

import pytest
from oscar.core.loading import get_class, get_model
from oscar.test import factories as oscar_factories

from checkout.free_shipping import free_shipping_progress
from tests import factories

D = Decimal
Repository = get_class("shipping.repository", "Repository")
Selector = get_class("partner.strategy", "Selector")


@pytest.mark.parametrize("subtotal, free, remaining", [
    ("249.99", False, "0.01"),
    ("250.00", True, "0.00"),
    ("250.01", True, "0.00"),
    ("0.00", False, "250.00"),
])
def test_standard_ships_free_from_exactly_the_threshold(subtotal, free, remaining):
    progress = free_shipping_progress(D(subtotal), D("250.00"))
    assert progress.qualifies is free
    assert progress.remaining == D(remaining)


def test_without_a_threshold_nothing_ships_free():
    progress = free_shipping_progress(D("9999.00"), None)
    assert progress.qualifies is False and progress.remaining is None


def test_the_progress_bar_fills_with_the_subtotal():
    assert free_shipping_progress(D("125.00"), D("250.00")).percent == 50
    assert free_shipping_progress(D("400.00"), D("250.00")).percent == 100


def _basket(*lines):
    basket = oscar_factories.create_basket(empty=True)
    basket.strategy = Selector().strategy()
    for product, quantity in lines:
        basket.add_product(product, quantity)
    return basket


def _charges(basket):
    return {m.code: m.calculate(basket).excl_tax for m in Repository().get_shipping_methods(basket)}


@pytest.mark.django_db
@pytest.mark.parametrize("price, standard", [
    ("249.99", D("14.95")),  # 3 kg: the 2-5 kg band
    ("250.00", D("0.00")),
    ("250.01", D("0.00")),
])
def test_standard_is_free_at_250_and_express_is_always_charged(price, standard):
    gun = factories.product(price=D(price), with_image=False)
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(gun, 3.0)
    charges = _charges(_basket((gun, 1)))
    assert charges["standard"] == standard
    assert charges["express"] == D("29.95")


@pytest.mark.django_db
def test_a_heavy_table_pays_by_weight():
    table = factories.product(price=D("99.00"), with_image=False)
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(table, 15.5)
    assert _charges(_basket((table, 1)))["standard"] == D("29.95")  # 10-20 kg band


@pytest.mark.django_db
def test_staff_can_change_the_threshold_and_every_message_follows(client):
    WeightBased = get_model("shipping", "WeightBased")
    standard = WeightBased.objects.get(code="standard")
    standard.free_shipping_threshold = D("150.00")
    standard.save()
    gun = factories.product(price=D("120.00"), with_image=False)
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    page = client.get("/basket/").content.decode()
    assert "You're $30.00 away from free shipping" in page
    assert "Free shipping over $150.00" in page


def _voucher(code, amount):
    from oscar.test.factories import BenefitFactory, ConditionalOfferFactory, RangeFactory, VoucherFactory

    offer_range = RangeFactory(includes_all_products=True)
    benefit = BenefitFactory(range=offer_range, type="Absolute", value=D(amount))
    offer = ConditionalOfferFactory(benefit=benefit, offer_type="Voucher",
                                    condition__range=offer_range, condition__type="Count",
                                    condition__value=1)
    voucher = VoucherFactory(code=code)
    voucher.offers.add(offer)
    return voucher


@pytest.mark.django_db
def test_the_basket_shows_progress_and_follows_quantity_and_vouchers(client):
    gun = factories.product(price=D("130.00"), with_image=False)
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    page = client.get("/basket/").content.decode()
    assert "You're $120.00 away from free shipping" in page
    assert "Taxes calculated at checkout" in page

    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})  # 2 x 130.00 = 260.00
    assert "Your order ships free with Standard shipping." in client.get("/basket/").content.decode()

    _voucher("TWENTY", "20.00")
    client.post("/basket/vouchers/add/", {"code": "TWENTY"})  # 240.00 after the voucher
    page = client.get("/basket/").content.decode()
    assert "You're $10.00 away from free shipping" in page


@pytest.mark.django_db
def test_the_mini_basket_shows_the_same_progress(client):
    gun = factories.product(price=D("200.00"), with_image=False)
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    page = client.get("/catalogue/").content.decode()
    menu = page[page.index("basket-mini-menu"):]
    assert "You're $50.00 away from free shipping" in menu


@pytest.mark.django_db
def test_express_is_charged_even_if_staff_type_a_threshold_into_it():
    get_model("shipping", "WeightBased").objects.filter(code="express").update(free_shipping_threshold=D("1.00"))
    gun = factories.product(price=D("300.00"), with_image=False)
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(gun, 3.0)
    assert _charges(_basket((gun, 1))) == {"standard": D("0.00"), "express": D("29.95")}
