"""Staff ship two lines of a guest's three-line order with UPS: the guest's mail has the
tracking link, their status page shows the parcel and what waits; then the third line ships
with Canada Post and the order is Shipped. A malformed number is refused on the way; the first
parcel's packing slip is downloaded and the pick list opened. axe finds nothing serious on the
Ship page, the order page, the pick list or the shopper's page."""
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.core import mail
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories
from playwright.sync_api import expect

from tests import factories
from tests.browser.staff import STAFF_EMAIL, STAFF_PASSWORD, log_in
from tests.checkout.test_invoices import pdf_text

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")


@pytest.fixture
def paid_order(live_server, django_user_model):
    user = django_user_model.objects.create_user(
        username="staffer", email=STAFF_EMAIL, password=STAFF_PASSWORD, is_staff=True)
    user.groups.add(get_model("auth", "Group").objects.get_or_create(name="Owner")[0])
    from bodybest.roles import sync_groups
    sync_groups()
    basket = oscar_factories.create_basket(empty=True)
    for title, quantity in (("Massage oil", 2), ("Face cradle", 1), ("Hot stones", 3)):
        basket.add_product(factories.product(title=title, price=Decimal("20.00")), quantity)
    order = oscar_factories.create_order(basket=basket, guest_email="guest@example.ca", user=None)
    Order.objects.filter(pk=order.pk).update(status="Paid")
    mail.outbox.clear()
    return live_server.url, order


def test_staff_ship_two_lines_then_the_third(page, desktop_page, paid_order, axe_check):
    base, order = paid_order
    oil, cradle, stones = order.lines.order_by("pk")
    log_in(desktop_page, base)
    desktop_page.goto(f"{base}/dashboard/orders/{order.number}/")
    expect(desktop_page.locator(".order-shipments")).to_contain_text("Nothing has shipped yet.")
    desktop_page.get_by_role("link", name="Ship…").click()
    axe_check(desktop_page)

    desktop_page.get_by_label("Quantity of Massage oil in this parcel").fill("2")
    desktop_page.get_by_label("Quantity of Face cradle in this parcel").fill("1")
    desktop_page.get_by_label("Carrier").select_option("ups")
    desktop_page.get_by_label("Tracking number").fill("1z999aa1012345678")  # one short
    desktop_page.get_by_role("button", name="Mark as shipped").click()
    expect(desktop_page.get_by_role("alert")).to_contain_text("That is not a UPS tracking number")
    axe_check(desktop_page)
    desktop_page.get_by_label("Tracking number").fill("1Z 999A A101 2345 6784")
    desktop_page.get_by_role("button", name="Mark as shipped").click()
    expect(desktop_page.locator(".order-shipments")).to_contain_text("1Z999AA10123456784")
    expect(desktop_page.locator(".order-shipments + p")).to_contain_text("Still to ship: 3 × Hot stones")
    axe_check(desktop_page)
    with desktop_page.expect_download() as download:
        desktop_page.get_by_role("link", name="Download the packing slip").click()
    slip = pdf_text(Path(download.value.path()).read_bytes())
    assert "Massage oil 2" in slip and "Hot stones 3" in slip and "$" not in slip

    desktop_page.goto(f"{base}/dashboard/pick-list/")
    expect(desktop_page.locator(".pick-products")).to_contain_text("Hot stones")
    axe_check(desktop_page)
    desktop_page.goto(f"{base}/dashboard/orders/{order.number}/")

    assert len(mail.outbox) == 1
    tracking = "https://www.ups.com/track?tracknum=1Z999AA10123456784"
    assert tracking in mail.outbox[0].alternatives[0][0] and tracking in mail.outbox[0].body

    page.goto(f"{base}/accounts/order-status-form/{order.number}/{order.verification_hash()}/")
    page.locator("#id_email").fill(order.guest_email)
    page.locator("#id_email").press("Enter")
    shipments = page.locator(".order-shipments")
    expect(shipments.get_by_role("link", name=re.compile("Track parcel 1Z999AA10123456784"))).to_have_attribute(
        "href", tracking)
    expect(shipments.locator(".order-not-shipped")).to_contain_text("3 × Hot stones")
    axe_check(page)

    desktop_page.get_by_role("link", name="Ship…").click()
    desktop_page.get_by_label("Quantity of Hot stones in this parcel").fill("3")
    desktop_page.get_by_label("Carrier").select_option("canada-post")
    desktop_page.get_by_label("Tracking number").fill("RR123456789CA")
    desktop_page.get_by_role("button", name="Mark as shipped").click()
    expect(desktop_page.locator(".order-shipments")).to_contain_text("RR123456789CA")
    assert len(mail.outbox) == 2 and "Hot stones" in mail.outbox[1].body
    order.refresh_from_db()
    assert order.status == "Shipped"
    page.reload()
    expect(page.locator(".order-not-shipped")).to_have_count(0)
    expect(page.locator(".order-shipments .card")).to_have_count(2)
