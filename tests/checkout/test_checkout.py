"""A guest buys through Oscar's checkout with Canadian addresses, shipping and taxes."""
from decimal import Decimal

import pytest
from django.core import mail

from checkout import postal_codes
from tests import factories
from tests.checkout.buying import place_order

pytestmark = pytest.mark.django_db
D = Decimal

ADDRESS = {
    "first_name": "Marie", "last_name": "Tremblay", "line1": "1200 rue Sherbrooke Ouest",
    "line4": "Montréal", "state": "QC", "postcode": "h3a 1h6", "phone_number": "514 555 0199",
}


def _weighed_product(price, kg=3.0):
    gun = factories.product(price=D(price), with_image=False)
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(gun, kg)
    return gun


def _to_shipping_method(client, product, address=None, quantity=1):
    client.post(f"/basket/add/{product.pk}/", {"quantity": quantity})
    client.post("/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    return client.post("/checkout/shipping-address/", address or ADDRESS)


def test_a_quebec_guest_sees_gst_and_qst_on_their_own_lines_and_the_order_keeps_them(
        client, fake_stripe, django_capture_on_commit_callbacks):
    gun = _weighed_product("200.00")
    response = _to_shipping_method(client, gun)
    assert response.status_code == 302, response.content.decode()[:3000]
    client.post("/checkout/shipping-method/", {"method_code": "standard"})
    preview = client.get("/checkout/preview/")
    page = preview.content.decode()
    # 200.00 + 14.95 shipping = 214.95: GST 10.75, QST 21.44, total 247.14.
    assert "GST (5%)" in page and "$10.75" in page
    assert "QST (9.975%)" in page and "$21.44" in page
    assert "$247.14" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = place_order(client, fake_stripe)
    from oscar.apps.order.models import Order

    order = Order.objects.get()
    assert order.total_incl_tax == D("247.14")
    assert order.shipping_address.postcode == "H3A 1H6"
    assert [(t.name, t.amount) for t in order.tax_lines.all()] == [("GST", D("10.75")), ("QST", D("21.44"))]
    assert order.total_incl_tax - order.total_excl_tax == D("32.19")
    thanks = client.get(response.json()["redirect"]).content.decode()
    assert "QST (9.975%)" in thanks
    body = next(m for m in mail.outbox if m.to == ["marie@example.ca"]).body
    assert "GST (5%): $10.75" in body and "QST (9.975%): $21.44" in body


def test_an_ontario_order_over_250_ships_free_and_pays_hst_on_goods_only(client):
    gun = _weighed_product("260.00")
    _to_shipping_method(client, gun, {**ADDRESS, "line4": "Ottawa", "state": "ON", "postcode": "K1A 0B1"})
    client.post("/checkout/shipping-method/", {"method_code": "standard"})
    page = client.get("/checkout/preview/").content.decode()
    assert "HST (13%)" in page and "$33.80" in page and "$293.80" in page


@pytest.mark.parametrize("change, field, message", [
    ({"postcode": "K1A 0B1"}, "postcode", "Postal codes in QC start with G or H or J"),
    ({"state": ""}, "state", "Choose the province or territory."),
    ({"state": "ZZ"}, "state", "Choose one of Canada"),
    ({"postcode": "D1A 1A1"}, "postcode", "A1A 1A1"),
    ({"postcode": "W1A 1A1"}, "postcode", "A1A 1A1"),
    ({"postcode": ""}, "postcode", "required"),
    ({"phone_number": ""}, "phone_number", "required"),
    ({"country": "US"}, None, "We ship within Canada only."),
])
def test_a_bad_address_gets_a_clear_form_error(client, change, field, message):
    response = _to_shipping_method(client, _weighed_product("50.00"), {**ADDRESS, **change})
    assert response.status_code == 400
    form = response.context["form"]
    errors = form.errors.get(field or "__all__", [])
    assert any(message in e for e in errors), form.errors


def test_a_tampered_shipping_method_is_refused_with_a_message(client):
    _to_shipping_method(client, _weighed_product("50.00"))
    response = client.post("/checkout/shipping-method/", {"method_code": "teleport"}, follow=True)
    assert response.status_code == 400
    assert "Your submitted shipping method is not permitted" in response.content.decode()
    assert client.get("/checkout/preview/").status_code == 302  # no method chosen: back a step


def test_an_emptied_basket_mid_checkout_goes_back_to_the_basket_with_a_message(client, fake_stripe):
    gun = _weighed_product("50.00")
    _to_shipping_method(client, gun)
    client.post("/checkout/shipping-method/", {"method_code": "standard"})
    from oscar.apps.basket.models import Line

    Line.objects.all().delete()
    response = client.post("/checkout/pay/", {"payment_method": fake_stripe.card_payment_method()},
                           follow=True)
    assert response.redirect_chain[-1][0] == "/basket/"
    assert "empty" in response.content.decode().lower()


def test_a_tampered_address_book_id_is_refused_not_a_500(client, django_user_model):
    user = django_user_model.objects.create_user("ann", "ann@example.ca", "pw-ann-1991")
    client.force_login(user)
    client.post(f"/basket/add/{_weighed_product('50.00').pk}/", {"quantity": 1})
    for value in ("abc", "999999", "1e9"):
        response = client.post("/checkout/shipping-address/", {"address_id": value, "action": "ship_to"})
        assert response.status_code == 302


def test_an_address_book_entry_is_checked_before_it_is_used(client, django_user_model):
    from oscar.apps.address.models import Country, UserAddress

    user = django_user_model.objects.create_user("bo", "bo@example.ca", "pw-bo-1991")
    client.force_login(user)
    good = UserAddress.objects.create(user=user, country=Country.objects.get(pk="CA"), first_name="Bo",
                                      last_name="Li", line1="1 Main St", line4="Halifax", state="NS",
                                      postcode="B3H 1A1", phone_number="+19025550100")
    bad = UserAddress.objects.create(user=user, country=Country.objects.get(pk="CA"), first_name="Bo",
                                     last_name="Li", line1="1 Main St", line4="Halifax", state="Nova Scotia",
                                     postcode="B3H 1A2", phone_number="+19025550100")
    client.post(f"/basket/add/{_weighed_product('50.00').pk}/", {"quantity": 1})
    response = client.post("/checkout/shipping-address/", {"address_id": bad.pk, "action": "ship_to"})
    assert response.status_code == 400 and "state" in response.context["form"].errors
    response = client.post("/checkout/shipping-address/", {"address_id": good.pk, "action": "ship_to"})
    assert response.status_code == 302


@pytest.mark.parametrize("raw, clean", [("k1a0b1", "K1A 0B1"), (" K1A-0B1 ", "K1A 0B1"), ("H3A 1H6", "H3A 1H6")])
def test_postal_codes_are_normalised(raw, clean):
    assert postal_codes.normalise(raw) == clean


@pytest.mark.parametrize("raw", ["K1A 0B", "Q1A 0B1", "K1A 0D1", "Z1A 1A1", "12345", ""])
def test_impossible_postal_codes_are_refused(raw):
    with pytest.raises(postal_codes.PostalCodeError):
        postal_codes.normalise(raw)


@pytest.mark.parametrize("code, province", [
    ("A1A 1A1", "NL"), ("B3H 1A1", "NS"), ("C1A 1A1", "PE"), ("E1A 1A1", "NB"), ("G1A 1A1", "QC"),
    ("H3A 1H6", "QC"), ("J4B 1A1", "QC"), ("K1A 0B1", "ON"), ("M5V 2T6", "ON"), ("P3A 1A1", "ON"),
    ("R3C 1A1", "MB"), ("S4P 1A1", "SK"), ("T2P 1A1", "AB"), ("V6B 1A1", "BC"), ("X1A 1A1", "NT"),
    ("X0A 1A1", "NU"), ("Y1A 1A1", "YT"),
])
def test_each_postal_code_belongs_to_its_province(code, province):
    postal_codes.check_province(code, province)
    with pytest.raises(postal_codes.PostalCodeError):
        postal_codes.check_province(code, "SK" if province != "SK" else "AB")


def test_staff_see_each_tax_of_an_order_in_the_dashboard(client, django_user_model, fake_stripe):
    gun = _weighed_product("200.00")
    _to_shipping_method(client, gun, {**ADDRESS, "line4": "Vancouver", "state": "BC", "postcode": "V6B 1A1"})
    client.post("/checkout/shipping-method/", {"method_code": "express"})
    place_order(client, fake_stripe)
    from oscar.apps.order.models import Order

    order = Order.objects.get()
    # 200.00 + 29.95 express = 229.95: GST 11.50 (11.4975), PST 16.10 (16.0965).
    assert [(t.name, t.amount) for t in order.tax_lines.all()] == [("GST", D("11.50")), ("PST", D("16.10"))]
    client.logout()
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@bodybest.ca", "pw-boss-1991"))
    page = client.get(f"/dashboard/orders/{order.number}/").content.decode()
    assert "GST (5%)" in page and "$11.50" in page and "PST (7%)" in page and "$16.10" in page


def test_with_every_shipping_method_switched_off_the_basket_still_shows(client):
    from oscar.core.loading import get_model

    get_model("shipping", "WeightBased").objects.all().delete()
    client.post(f"/basket/add/{_weighed_product('50.00').pk}/", {"quantity": 1})
    response = client.get("/basket/")
    assert response.status_code == 200
    assert "Shipping calculated at checkout" in response.content.decode()


def test_without_a_tax_rate_in_force_the_order_is_refused_with_a_message(client, fake_stripe):
    from checkout.models import TaxRate

    TaxRate.objects.filter(province="QC").delete()
    _to_shipping_method(client, _weighed_product("50.00"))
    client.post("/checkout/shipping-method/", {"method_code": "standard"})
    response = client.post("/checkout/pay/", {"payment_method": fake_stripe.card_payment_method()},
                           follow=True)
    assert "We cannot work out the sales tax for Quebec right now" in response.content.decode()
    from oscar.apps.order.models import Order

    assert Order.objects.count() == 0


def test_a_saved_address_outside_canada_is_refused(client, django_user_model):
    from oscar.apps.address.models import Country, UserAddress

    user = django_user_model.objects.create_user("cy", "cy@example.com", "pw-cy-1991")
    client.force_login(user)
    us, _ = Country.objects.get_or_create(iso_3166_1_a2="US", defaults={
        "iso_3166_1_a3": "USA", "iso_3166_1_numeric": "840", "printable_name": "United States",
        "name": "United States", "is_shipping_country": True})
    abroad = UserAddress.objects.create(user=user, country=us, first_name="Cy", last_name="Ro",
                                        line1="1 Main St", line4="Buffalo", state="ON",
                                        postcode="K1A 0B1", phone_number="+17165550100")
    client.post(f"/basket/add/{_weighed_product('50.00').pk}/", {"quantity": 1})
    response = client.post("/checkout/shipping-address/", {"address_id": abroad.pk, "action": "ship_to"})
    assert response.status_code == 400
    assert "We ship within Canada only." in response.content.decode()
