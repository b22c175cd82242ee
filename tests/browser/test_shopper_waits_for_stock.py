"""A guest in Chromium finds a sold-out product, asks to be told when it is back, confirms from
the mail; the stock comes back and the second mail's link leads to a product they can buy."""
import re

import pytest
from django.core import mail
from oscar.core.loading import get_model
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ProductAlert = get_model("customer", "ProductAlert")
StockRecord = get_model("partner", "StockRecord")


def test_a_guest_is_mailed_once_when_a_sold_out_product_is_back(page, live_server, axe_check):
    base = live_server.url
    bolster = factories.product(title="Maple half-round bolster", stock=0, with_image=False)

    page.goto(base + bolster.get_absolute_url())
    expect(page.get_by_role("heading", name="Out of stock for now")).to_be_visible()
    expect(page.get_by_role("button", name="Add to basket")).to_have_count(0)
    axe_check(page)
    page.get_by_label("Your email", exact=True).fill("guest at example")
    page.get_by_role("button", name="Email me when it is back").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter a valid email address.")
    axe_check(page)  # the error state
    page.get_by_label("Your email", exact=True).fill("guest@example.ca")
    page.get_by_role("button", name="Email me when it is back").click()
    expect(page.get_by_text("A confirmation email has been sent to guest@example.ca")).to_be_visible()
    axe_check(page)

    confirm = re.search(r"https?://[^/\s]+(/accounts/alerts/confirm/[^\s]+/)", mail.outbox[-1].body).group(1)
    page.goto(base + confirm)
    expect(page.get_by_text("Your stock alert is now active")).to_be_visible()

    record = StockRecord.objects.get(product=bolster)
    record.num_in_stock = 3
    record.save()  # as the dashboard or an import would: the task runs after the commit
    back = [message for message in mail.outbox if message.subject == "Back in stock: Maple half-round bolster"]
    assert [message.to for message in back] == [["guest@example.ca"]]
    assert ProductAlert.objects.get().status == ProductAlert.CLOSED

    link = re.search(r"https?://[^/\s]+(/catalogue/[^\s]+/)", back[0].body).group(1)
    page.goto(base + link)
    expect(page.get_by_role("button", name="Add to basket")).to_be_visible()
