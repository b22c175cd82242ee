"""A shopper's way to the "Review and pay" page, and the press of Pay, for request tests."""
from decimal import Decimal

from tests import factories

ADDRESS = {
    "first_name": "Marie", "last_name": "Tremblay", "line1": "1200 rue Sherbrooke Ouest",
    "line4": "Montréal", "state": "QC", "postcode": "h3a 1h6", "phone_number": "514 555 0199",
}


def weighed_product(price, kg=3.0, stock=20):
    product = factories.product(price=Decimal(price), with_image=False, stock=stock)
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(product, kg)
    return product


def to_shipping_method(client, product, address=None, quantity=1, email="marie@example.ca"):
    client.post(f"/basket/add/{product.pk}/", {"quantity": quantity})
    client.post("/checkout/", {"username": email, "options": "anonymous"})
    return client.post("/checkout/shipping-address/", address or ADDRESS)


def ready_to_pay(client, product, quantity=1, method="standard", **kwargs):
    response = to_shipping_method(client, product, quantity=quantity, **kwargs)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.post("/checkout/shipping-method/", {"method_code": method})
    return client


def pay(client, fake_stripe, card="ok"):
    """Press Pay: Stripe.js makes a PaymentMethod at Stripe, the page posts its id to us."""
    return client.post("/checkout/pay/", {"payment_method": fake_stripe.card_payment_method(card)},
                       HTTP_ACCEPT="application/json")


def place_order(client, fake_stripe, card="ok"):
    """Pay with a card that needs no 3-D Secure; return the thank-you redirect response."""
    response = pay(client, fake_stripe, card)
    assert response.status_code == 200, response.content.decode()[:2000]
    assert response.json()["status"] == "placed", response.json()
    return response


def voucher(code, value):
    """A voucher ``code`` taking ``value`` dollars off any basket (one item or more)."""
    from oscar.test.factories import BenefitFactory, ConditionalOfferFactory, RangeFactory, VoucherFactory

    everything = RangeFactory(includes_all_products=True)
    offer = ConditionalOfferFactory(
        name=f"{code} voucher offer", offer_type="Voucher", exclusive=False, condition__range=everything,
        condition__type="Count", condition__value=1,
        benefit=BenefitFactory(range=everything, type="Absolute", value=Decimal(value)),
    )
    made = VoucherFactory(code=code, name="Welcome back")
    made.offers.add(offer)
    return made
