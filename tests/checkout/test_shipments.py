"""Shipping an order (checkout/carriers.py, shipments.py, shipment_views.py, shipment_mail.py):
the carriers' tracking formats, staff shipping some or all lines, each refusal with its message
and nothing saved, one mail per parcel, the shopper's order pages."""
import threading
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection
from django.test import Client
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories

from bodybest.mail import outbox
from bodybest.mail.models import OutgoingMail
from checkout import carriers
from checkout.models import OrderLanguage, Shipment
from checkout.shipments import MAIL_KIND, ShipmentRefused, remaining, ship_lines
from tests import factories

Order = get_model("order", "Order")
UPS = "1Z 999a a101 2345 6784"


@pytest.fixture
def order(db):
    """A guest's paid order of three products: 2, 1 and 3 of them."""
    basket = oscar_factories.create_basket(empty=True)
    for title, quantity in (("Massage oil", 2), ("Face cradle", 1), ("Hot stones", 3)):
        product = factories.product(title=title, price=Decimal("20.00"))
        basket.add_product(product, quantity)
    order = oscar_factories.create_order(basket=basket, guest_email="guest@example.ca", user=None)
    order.status = "Paid"
    order.save()
    return order


def lines(order):
    return list(order.lines.order_by("pk"))


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user(
        username="pat", email="pat@bodybest.ca", password="pw-staff-1991", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label="order", codename__in=("view_order", "change_order")))
    staff_client = Client()
    staff_client.force_login(user)
    return staff_client


# Carriers

@pytest.mark.parametrize("code,typed,stored", [
    ("canada-post", "1234 5678 9012 3456", "1234567890123456"),
    ("canada-post", "rr123456789ca", "RR123456789CA"),
    ("purolator", "3300-1234-5678", "330012345678"),
    ("ups", UPS, "1Z999AA10123456784"),
    ("fedex", "1234 5678 9012", "123456789012"),
    ("fedex", "123456789012345", "123456789012345"),
    ("canpar", "d420352470000208701001", "D420352470000208701001"),
    ("other", "abc-123", "ABC123"),
])
def test_each_carriers_numbers_are_accepted_once_normalised(code, typed, stored):
    assert carriers.normalise(typed) == stored
    assert carriers.problem(code, stored) is None


@pytest.mark.parametrize("code,number", [
    ("canada-post", "123456789012345"), ("canada-post", "RR123456789US"), ("purolator", "1234567890"),
    ("ups", "1Z12345"), ("fedex", "1234567890123"), ("canpar", "420352470000208701001"),
    ("dhl", "1234567890"), ("ups", ""),
])
def test_a_number_not_in_the_carriers_format_is_refused(code, number):
    assert carriers.problem(code, number)


def test_tracking_links_carry_the_number():
    assert "1Z999AA10123456784" in carriers.tracking_url("ups", "1Z999AA10123456784")
    assert carriers.tracking_url("other", "ABC123") == ""


# The rules

def test_shipping_some_lines_leaves_the_rest_and_the_status(order):
    first, second, third = lines(order)
    shipment = ship_lines(order=order, quantities={first.pk: 2, second.pk: 1}, carrier="ups",
                          tracking_number=UPS)
    assert shipment.tracking_number == "1Z999AA10123456784"
    assert [(line.pk, left) for line, left in remaining(order)] == [(first.pk, 0), (second.pk, 0), (third.pk, 3)]
    order.refresh_from_db()
    assert order.status == "Paid"


def test_the_last_parcel_moves_the_order_to_shipped(order):
    first, second, third = lines(order)
    ship_lines(order=order, quantities={first.pk: 2, second.pk: 1}, carrier="ups", tracking_number=UPS)
    ship_lines(order=order, quantities={third.pk: 1}, carrier="purolator", tracking_number="330012345678")
    order.refresh_from_db()
    assert order.status == "Paid"
    ship_lines(order=order, quantities={third.pk: 2}, carrier="purolator", tracking_number="330012345679")
    order.refresh_from_db()
    assert order.status == "Shipped"
    assert order.shipments.count() == 3


@pytest.mark.parametrize("status", ["Awaiting payment", "Cancelled", "Refunded"])
def test_an_unpaid_or_cancelled_order_does_not_ship(order, status):
    Order.objects.filter(pk=order.pk).update(status=status)
    with pytest.raises(ShipmentRefused, match="only a paid order can ship"):
        ship_lines(order=order, quantities={lines(order)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    assert not Shipment.objects.exists()


def test_more_than_is_left_is_refused_and_nothing_saved(order):
    first = lines(order)[0]
    ship_lines(order=order, quantities={first.pk: 1}, carrier="ups", tracking_number=UPS)
    with pytest.raises(ShipmentRefused, match="Only 1 of “Massage oil” left to ship; you entered 2"):
        ship_lines(order=order, quantities={first.pk: 2}, carrier="ups", tracking_number=UPS)
    assert Shipment.objects.count() == 1


def test_no_line_or_an_other_orders_line_is_refused(order):
    with pytest.raises(ShipmentRefused, match="at least one line"):
        ship_lines(order=order, quantities={lines(order)[0].pk: 0}, carrier="ups", tracking_number=UPS)
    with pytest.raises(ShipmentRefused, match="lines of this order"):
        ship_lines(order=order, quantities={999999: 1}, carrier="ups", tracking_number=UPS)
    assert not Shipment.objects.exists()


# The mail

def test_one_mail_per_parcel_even_when_the_task_runs_twice(order, django_capture_on_commit_callbacks):
    first, second, third = lines(order)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        shipment = ship_lines(order=order, quantities={first.pk: 2, second.pk: 1}, carrier="ups",
                              tracking_number=UPS)
    assert len(mail.outbox) == 1
    row = OutgoingMail.objects.get(kind=MAIL_KIND, object_id=shipment.pk)
    outbox.deliver(row.pk)  # the task again
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["guest@example.ca"]
    assert f"Your order {order.number} is on its way" == message.subject
    html = message.alternatives[0][0]
    assert "https://www.ups.com/track?tracknum=1Z999AA10123456784" in html
    assert "Massage oil" in message.body and "Face cradle" in message.body and "Hot stones" not in message.body
    with django_capture_on_commit_callbacks(execute=True):
        ship_lines(order=order, quantities={third.pk: 3}, carrier="canada-post", tracking_number="RR123456789CA")
    assert len(mail.outbox) == 2
    assert "Hot stones" in mail.outbox[1].body


def test_the_mail_is_in_the_orders_language(order, django_capture_on_commit_callbacks):
    OrderLanguage.objects.create(order=order, language="fr-ca")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ship_lines(order=order, quantities={lines(order)[0].pk: 1}, carrier="ups", tracking_number=UPS)
    assert mail.outbox[0].subject == f"Votre commande {order.number} est en route"


# The staff page

def ship_url(order):
    return f"/dashboard/orders/{order.number}/ship/"


def test_staff_ship_two_lines_from_the_page(order, staff, django_capture_on_commit_callbacks):
    first, second, third = lines(order)
    page = staff.get(ship_url(order))
    assert page.status_code == 200 and "Left to ship" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(ship_url(order), {f"qty_{first.pk}": "2", f"qty_{second.pk}": "1",
                                                f"qty_{third.pk}": "0", "carrier": "ups",
                                                "tracking_number": UPS.lower()})
    assert response.status_code == 302
    shipment = Shipment.objects.get()
    assert shipment.shipped_by.username == "pat"
    detail = staff.get(f"/dashboard/orders/{order.number}/").content.decode()
    assert "1Z999AA10123456784" in detail and "Still to ship: 3 × Hot stones" in detail


@pytest.mark.parametrize("data,message", [
    ({"carrier": "dhl", "tracking_number": UPS}, "Choose one of the carriers listed."),
    ({"carrier": "ups", "tracking_number": "1234"}, "That is not a UPS tracking number"),
    ({"carrier": "ups", "tracking_number": ""}, "Enter the tracking number."),
    ({"carrier": "ups", "tracking_number": UPS, "first": "0"}, "at least one line"),
    ({"carrier": "ups", "tracking_number": UPS, "first": "3"}, "Only 2 of “Massage oil” left to ship."),
    ({"carrier": "ups", "tracking_number": UPS, "first": "two"}, "as a whole number"),
    ({"carrier": "ups", "tracking_number": UPS, "first": "-1"}, "cannot be negative"),
])
def test_bad_input_on_the_page_is_a_400_with_its_message_and_nothing_saved(order, staff, data, message):
    first = lines(order)[0]
    data = {**data}
    data[f"qty_{first.pk}"] = data.pop("first", "1")
    response = staff.post(ship_url(order), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Shipment.objects.exists()


def test_a_cancelled_order_is_refused_on_the_page(order, staff):
    Order.objects.filter(pk=order.pk).update(status="Cancelled")
    response = staff.post(ship_url(order), {f"qty_{lines(order)[0].pk}": "1", "carrier": "ups",
                                            "tracking_number": UPS})
    assert response.status_code == 400
    assert "only a paid order can ship" in response.content.decode()
    assert not Shipment.objects.exists()


def test_the_page_is_for_staff_who_change_orders(order, django_user_model):
    viewer = django_user_model.objects.create_user(username="v", password="pw-x-1991", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(content_type__app_label="order", codename="view_order"))
    client = Client()
    client.force_login(viewer)
    response = client.post(ship_url(order), {"carrier": "ups", "tracking_number": UPS})
    assert response.status_code in (302, 403)
    assert not Shipment.objects.exists()
    assert Client().get(ship_url(order)).status_code == 302


# The shopper's pages

def test_the_guest_status_page_shows_each_parcel_and_what_waits(order, client):
    first, second, third = lines(order)
    ship_lines(order=order, quantities={first.pk: 2}, carrier="ups", tracking_number=UPS)
    session = client.session
    form = f"/accounts/order-status-form/{order.number}/{order.verification_hash()}/"
    client.post(form, {"email": order.guest_email})
    page = client.get(f"/accounts/order-status/{order.number}/{order.verification_hash()}/").content.decode()
    assert "https://www.ups.com/track?tracknum=1Z999AA10123456784" in page
    assert "Not shipped yet" in page and "1 × Face cradle" in page and "3 × Hot stones" in page
    del session


# Two staff members at once

@pytest.mark.django_db(transaction=True)
def test_two_staff_shipping_the_same_lines_at_once_ship_them_once(order):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    first = lines(order)[0]
    barrier, outcomes = threading.Barrier(2), []

    def ship(tracking):
        from django.db import connection as own
        try:
            barrier.wait()
            ship_lines(order=order, quantities={first.pk: 2}, carrier="purolator", tracking_number=tracking)
            outcomes.append("shipped")
        except ShipmentRefused:
            outcomes.append("refused")
        finally:
            own.close()

    threads = [threading.Thread(target=ship, args=(n,)) for n in ("330012345678", "330012345679")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused", "shipped"]
    assert Shipment.objects.count() == 1
