"""Fulfilment staff open the dashboard and find a paid order that has waited too long at the
top, follow the link to change the limit, are refused 0 with its message, raise the limit past
the order's wait and find none waiting. axe finds nothing serious on either page at desk size."""
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories
from playwright.sync_api import expect

from tests import factories
from tests.browser.staff import STAFF_EMAIL, STAFF_PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")


@pytest.fixture
def late_order(live_server, django_user_model):
    from bodybest.roles import sync_groups

    sync_groups()
    user = django_user_model.objects.create_user(
        username="staffer", email=STAFF_EMAIL, password=STAFF_PASSWORD, is_staff=True)
    user.groups.add(get_model("auth", "Group").objects.get(name="Fulfilment"))
    basket = oscar_factories.create_basket(empty=True)
    basket.add_product(factories.product(title="Hot stones", price=Decimal("20.00")), 3)
    order = oscar_factories.create_order(basket=basket, guest_email="guest@example.ca", user=None)
    # Twelve calendar days hold at least three business days whatever today is, holidays too.
    Order.objects.filter(pk=order.pk).update(status="Paid", date_placed=timezone.now() - timedelta(days=12))
    return live_server.url, order


def test_staff_see_a_late_order_and_change_the_limit(desktop_page, late_order, axe_check):
    page, (base, order) = desktop_page, late_order
    log_in(page, base)
    page.goto(base + "/dashboard/")
    panel = page.locator(".late-orders")
    expect(panel).to_contain_text("1 order waiting longer than 2 business days")
    expect(panel).to_contain_text("3 × Hot stones")
    expect(panel.get_by_role("link", name=f"Ship order #{order.number}")).to_have_attribute(
        "href", f"/dashboard/orders/{order.number}/ship/")
    axe_check(page)

    panel.get_by_role("link", name="Change the number of business days").click()
    field = page.get_by_label("Business days a paid order may wait to ship")
    field.fill("0")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Nothing was saved: Enter a whole number of business days from 1 to 30.")
    axe_check(page)

    field.fill("30")
    page.get_by_role("button", name="Save").click()
    expect(page).to_have_url(re.compile("/dashboard/late-orders/$"))
    expect(page.locator(".late-orders")).to_contain_text("No order waiting longer than 30 business days")
    page.goto(base + "/dashboard/")
    expect(page.locator(".late-orders")).to_contain_text("No order waiting longer than 30 business days")
