"""Packing slips and the pick list (checkout/packing_slips.py, pick_lists.py, fulfilment_dashboard.py):
the slip's text, read back with pypdf, has the parcel's lines and what is to follow and no price;
the pick list sums what is left to ship across paid orders and leaves out the rest; a date that
is not one is a 400 with a message; who may open them."""
import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories

from bodybest import roles
from checkout import packing_slips, pick_lists
from checkout.models import OrderLanguage
from checkout.shipments import ship_lines
from tests import factories
from tests.checkout.test_invoices import pdf_text

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")
Country = get_model("address", "Country")
UPS = "1Z999AA10123456784"
PRICE = Decimal("24.50")


def make_order(items, status="Paid", placed=None):
    """An order of [(product, quantity)] in `status`, placed at `placed` (now if None)."""
    basket = oscar_factories.create_basket(empty=True)
    for product, quantity in items:
        basket.add_product(product, quantity)
    canada, _ = Country.objects.get_or_create(
        iso_3166_1_a2="CA", defaults={"name": "Canada", "printable_name": "Canada", "iso_3166_1_a3": "CAN"})
    address = oscar_factories.ShippingAddressFactory(
        country=canada, first_name="Marie", last_name="Tremblay", line1="12 rue Saint-Paul", line2="",
        line4="Montréal", state="QC", postcode="H2Y 1Z5")
    order = oscar_factories.create_order(basket=basket, guest_email="guest@example.ca", user=None,
                                         shipping_address=address)
    Order.objects.filter(pk=order.pk).update(status=status, date_placed=placed or timezone.now())
    order.refresh_from_db()
    return order


@pytest.fixture
def goods():
    return {title: factories.product(title=title, price=PRICE, stock=100, with_image=False)
            for title in ("Massage oil", "Face cradle", "Hot stones")}


@pytest.fixture
def order(goods):
    return make_order([(goods["Massage oil"], 2), (goods["Face cradle"], 1), (goods["Hot stones"], 3)])


def lines(order):
    return list(order.lines.order_by("pk"))


def staff_client(django_user_model, role=None, username="sam"):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@bodybest.ca", password="pw-staff-1991", is_staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def slip_url(shipment, number=None):
    return f"/dashboard/orders/{number or shipment.order.number}/ship/{shipment.pk}/packing-slip.pdf"


# The packing slip

def test_a_partial_parcels_slip_has_its_lines_what_follows_and_no_price(order):
    oil, cradle, stones = lines(order)
    shipment = ship_lines(order=order, quantities={oil.pk: 2, stones.pk: 1}, carrier="ups",
                          tracking_number=UPS)
    in_parcel, to_follow = packing_slips.contents(shipment)
    assert [(row.title, row.quantity) for row in in_parcel] == [("Massage oil", 2), ("Hot stones", 1)]
    assert [(row.title, row.quantity) for row in to_follow] == [("Face cradle", 1), ("Hot stones", 2)]
    text = pdf_text(packing_slips.packing_slip(shipment))
    assert "$" not in text and "24,50" not in text
    for figure in ("24.50", "49.00", "73.50", str(order.total_incl_tax)):
        assert figure not in text
    assert order.number in text and UPS in text and "UPS" in text
    assert oil.partner_sku in text and "Massage oil" in text
    parcel, follows = text.split("To follow in a later parcel")
    assert "Massage oil 2" in parcel and "Hot stones 1" in parcel and "Face cradle" not in parcel
    assert "Face cradle 1" in follows and "Hot stones 2" in follows and "Massage oil" not in follows
    assert "Marie Tremblay" in text and "12 rue Saint-Paul" in text and "Know Your Body Best" in text


def test_the_last_parcels_slip_says_the_order_is_complete(order):
    oil, cradle, stones = lines(order)
    ship_lines(order=order, quantities={oil.pk: 2}, carrier="ups", tracking_number=UPS)
    last = ship_lines(order=order, quantities={cradle.pk: 1, stones.pk: 3}, carrier="ups", tracking_number=UPS)
    text = pdf_text(packing_slips.packing_slip(last))
    assert "This parcel completes your order." in text and "To follow" not in text
    assert "Massage oil" not in text


def test_a_french_orders_slip_is_in_french(order):
    OrderLanguage.objects.create(order=order, language="fr-ca")
    shipment = ship_lines(order=order, quantities={lines(order)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    text = pdf_text(packing_slips.packing_slip(shipment))
    assert "Bordereau d’expédition" in text and "Dans ce colis" in text and "À suivre" in text


def test_staff_download_the_slip_from_the_order_page(order, django_user_model):
    shipment = ship_lines(order=order, quantities={lines(order)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    client = staff_client(django_user_model, roles.FULFILMENT)
    page = client.get(f"/dashboard/orders/{order.number}/").content.decode()
    assert slip_url(shipment) in page
    response = client.get(slip_url(shipment))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert f"packing-slip-{order.number}-{shipment.pk}.pdf" in response["Content-Disposition"]


def test_shipping_offers_the_slip_straight_away(order, django_user_model):
    client = staff_client(django_user_model, roles.FULFILMENT)
    response = client.post(f"/dashboard/orders/{order.number}/ship/", {
        "carrier": "ups", "tracking_number": UPS, f"qty_{lines(order)[0].pk}": 1}, follow=True)
    shipment = order.shipments.get()
    assert slip_url(shipment) in response.content.decode()


def test_another_orders_shipment_in_the_url_is_a_404(order, goods, django_user_model):
    other = make_order([(goods["Hot stones"], 1)])
    shipment = ship_lines(order=other, quantities={lines(other)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    client = staff_client(django_user_model, roles.FULFILMENT)
    assert client.get(slip_url(shipment, number=order.number)).status_code == 404
    assert client.get(slip_url(shipment)).status_code == 200


# The pick list

def test_the_pick_list_sums_what_is_left_across_waiting_orders_only(goods):
    oil, cradle, stones = goods["Massage oil"], goods["Face cradle"], goods["Hot stones"]
    first = make_order([(oil, 2), (stones, 1)])
    second = make_order([(oil, 3), (cradle, 1)], status="Being prepared")
    partly = make_order([(stones, 4)])
    ship_lines(order=partly, quantities={lines(partly)[0].pk: 3}, carrier="ups", tracking_number=UPS)
    done = make_order([(oil, 5)])
    ship_lines(order=done, quantities={lines(done)[0].pk: 5}, carrier="ups", tracking_number=UPS)
    make_order([(oil, 7)], status="Awaiting payment")
    make_order([(oil, 11)], status="Cancelled")
    make_order([(oil, 13)], status="Refunded")
    tomorrow = pick_lists.end_of(pick_lists.today()) + datetime.timedelta(hours=1)
    make_order([(oil, 17)], placed=tomorrow)

    picks = pick_lists.pick_list(pick_lists.today())
    by_title = {product.title: product for product in picks.products}
    assert by_title["Massage oil"].quantity == 5
    assert by_title["Massage oil"].orders == [first.number, second.number]
    assert by_title["Hot stones"].quantity == 2  # 1 of the first order and the 1 of 4 still to ship
    assert by_title["Face cradle"].quantity == 1
    assert [o.number for o in picks.orders] == [first.number, second.number, partly.number]
    assert picks.items == 8


def test_orders_of_earlier_days_still_waiting_are_on_the_list(goods):
    older = make_order([(goods["Hot stones"], 1)], placed=timezone.now() - datetime.timedelta(days=3))
    picks = pick_lists.pick_list(pick_lists.today() - datetime.timedelta(days=1))
    assert [o.number for o in picks.orders] == [older.number]


def test_the_day_ends_at_midnight_in_the_stores_time_zone():
    day = datetime.date(2026, 7, 1)
    assert pick_lists.end_of(day).isoformat() == "2026-07-02T00:00:00-04:00"


def test_the_pick_list_page_and_pdf(goods, django_user_model):
    order = make_order([(goods["Massage oil"], 2)])
    other = make_order([(goods["Massage oil"], 3)])
    client = staff_client(django_user_model, roles.FULFILMENT)
    page = client.get("/dashboard/pick-list/")
    assert page.status_code == 200
    body = page.content.decode()
    assert order.number in body and other.number in body and pick_lists.today().isoformat() in body
    response = client.get(f"/dashboard/pick-list/pick-list.pdf?date={pick_lists.today().isoformat()}")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Massage oil 5" in text.replace("  ", " ") and order.number in text and "$" not in text


@pytest.mark.parametrize("typed", ["2026-13-45", "yesterday", "30/11/2026"])
def test_a_date_that_is_not_one_is_a_400_with_a_message(typed, django_user_model):
    client = staff_client(django_user_model, roles.FULFILMENT)
    page = client.get("/dashboard/pick-list/", {"date": typed})
    assert page.status_code == 400 and "Enter the date as YYYY-MM-DD" in page.content.decode()
    pdf = client.get("/dashboard/pick-list/pick-list.pdf", {"date": typed})
    assert pdf.status_code == 400 and "Enter the date as YYYY-MM-DD" in pdf.content.decode()


# Who may open them

@pytest.mark.parametrize("role,allowed", [
    (roles.FULFILMENT, True), (roles.OWNER, True), (roles.CUSTOMER_SERVICE, True), (roles.CONTENT, False)])
def test_roles(role, allowed, order, django_user_model):
    shipment = ship_lines(order=order, quantities={lines(order)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    client = staff_client(django_user_model, role)
    for url in (slip_url(shipment), "/dashboard/pick-list/", "/dashboard/pick-list/pick-list.pdf"):
        assert client.get(url).status_code == (200 if allowed else 403), (role, url)


def test_visitors_are_sent_to_sign_in(order):
    shipment = ship_lines(order=order, quantities={lines(order)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    for url in (slip_url(shipment), "/dashboard/pick-list/", "/dashboard/pick-list/pick-list.pdf"):
        response = Client().get(url)
        assert response.status_code == 302 and "/dashboard/login/" in response["Location"]


def test_the_menu_offers_the_pick_list_to_fulfilment_not_content(django_user_model):
    fulfilment = staff_client(django_user_model, roles.FULFILMENT)
    content = staff_client(django_user_model, roles.CONTENT, username="cam")
    assert 'href="/dashboard/pick-list/"' in fulfilment.get("/dashboard/").content.decode()
    assert 'href="/dashboard/pick-list/"' not in content.get("/dashboard/").content.decode()


def test_a_variant_is_listed_with_its_own_attributes():
    parent = factories.parent_product(title="Pocket gun", variants=1)
    variant = parent.children.get()
    brand = variant.get_product_class().attributes.get(code="brand")
    variant.attribute_values.create(attribute=brand, value_text="Therapulse")
    Product = get_model("catalogue", "Product")
    order = make_order([(Product.objects.get(pk=variant.pk), 1)])
    shipment = ship_lines(order=order, quantities={lines(order)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    (row,), _ = packing_slips.contents(shipment)
    assert row.options == "Brand: Therapulse" and row.sku
    assert "Brand: Therapulse" in pdf_text(packing_slips.packing_slip(shipment))
    assert pick_lists.pick_list(pick_lists.today()).products == []  # shipped whole: nothing to pick
