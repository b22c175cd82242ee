"""A guest returns one of the two guns they bought: from their order's status page they ask for
it, staff approve it in the dashboard's Returns page, then receive it (back on the shelf) and
refund it to the card; the shopper sees each state on their page and gets a mail at each step;
axe finds nothing serious on any page."""
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client
from oscar.core.loading import get_model
from playwright.sync_api import expect

from checkout.models import CardPayment, ReturnRequest
from tests.browser.staff import STAFF_EMAIL, STAFF_PASSWORD, log_in
from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def paid_order(live_server, seeded_store, fake_stripe, django_user_model):
    user = django_user_model.objects.create_user(
        username="staffer", email=STAFF_EMAIL, password=STAFF_PASSWORD, is_staff=True)
    user.groups.add(get_model("auth", "Group").objects.get_or_create(name="Owner")[0])
    from bodybest.roles import sync_groups
    sync_groups()
    buyer = Client()
    ready_to_pay(buyer, weighed_product("200.00"), quantity=2)
    place_order(buyer, fake_stripe)
    mail.outbox.clear()
    return live_server.url, Order.objects.get()


def test_a_guest_returns_a_gun_staff_approve_receive_and_refund_it(page, desktop_page, paid_order, axe_check):
    base, order = paid_order
    stock = StockRecord.objects.get(pk=order.lines.get().stockrecord_id)
    in_stock = stock.num_in_stock

    # The link in the order mail asks for the address, then shows the order and its returns.
    page.goto(f"{base}/accounts/order-status-form/{order.number}/{order.verification_hash()}/")
    page.locator("#id_email").fill(order.guest_email)
    page.locator("#id_email").press("Enter")
    expect(page.get_by_role("heading", name="Returns")).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Return items").click()
    expect(page.get_by_role("heading", name=re.compile(f"Return items from order {order.number}"))).to_be_visible()
    axe_check(page)

    # Nothing chosen: refused with a message; then one of the two.
    page.get_by_label("Reason").select_option("changed-mind")
    page.get_by_role("button", name="Request the return").click()
    expect(page.get_by_role("alert")).to_contain_text("Choose at least one item to return.")
    axe_check(page)
    page.get_by_label(re.compile("Test massage gun")).fill("1")
    page.get_by_label("Anything we should know? (optional)").fill("Too strong for my clients.")
    page.get_by_role("button", name="Request the return").click()
    request = ReturnRequest.objects.get()
    expect(page.locator(f'[data-return="{request.number}"]')).to_contain_text("Requested")

    # Staff see it waiting, approve it; the shopper gets the address and number.
    log_in(desktop_page, base)
    desktop_page.goto(base + "/dashboard/returns/")
    row = desktop_page.locator(f'tr[data-return="{request.number}"]')
    expect(row).to_contain_text("Requested")
    axe_check(desktop_page)
    row.get_by_role("link", name=request.number).click()
    axe_check(desktop_page)
    desktop_page.get_by_role("button", name="Approve and mail the instructions").click()
    expect(desktop_page.locator("[data-state]")).to_have_text("Approved: send it back")
    assert len(mail.outbox) == 1 and request.number in mail.outbox[0].body

    page.reload()
    expect(page.locator(f'[data-return="{request.number}"]')).to_contain_text("Approved: send it back")

    # The parcel is in: back on the shelf, refunded without shipping.
    axe_check(desktop_page)
    desktop_page.get_by_label(re.compile("Resaleable")).check()
    desktop_page.get_by_role("button", name="Received: restock and refund").click()
    expect(desktop_page.locator("[data-state]")).to_have_text("Received and refunded")
    expect(desktop_page.get_by_role("alert").first).to_contain_text("$229.95 refunded")
    axe_check(desktop_page)

    page.reload()
    expect(page.locator(f'[data-return="{request.number}"]')).to_contain_text("Received and refunded")
    expect(page.locator(f'[data-return="{request.number}"]')).to_contain_text("$229.95")
    stock.refresh_from_db()
    assert stock.num_in_stock == in_stock + 1
    assert CardPayment.objects.get(order=order).amount_refunded == Decimal("229.95")
    assert len(mail.outbox) == 2 and "$229.95" in mail.outbox[1].body
