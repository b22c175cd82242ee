"""A signed-in customer opens their order, downloads its invoice (a real browser download), and
finds on it the total their order page shows; axe finds nothing serious on the page."""
import io
import re

import pytest
from django.conf import settings
from django.test import Client
from oscar.core.loading import get_model
from pypdf import PdfReader

from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")


def test_a_customer_downloads_the_invoice_of_their_order(page, live_server, seeded_store, fake_stripe,
                                                         django_user_model, axe_check):
    customer = django_user_model.objects.create_user(username="ann", email="ann@example.ca", password="pw-ann-1991")
    buyer = Client()
    buyer.force_login(customer)
    ready_to_pay(buyer, weighed_product("89.50"), quantity=2)
    place_order(buyer, fake_stripe)
    order = Order.objects.get(user=customer)
    host = live_server.url.split("//")[1].split(":")[0]
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": buyer.cookies[settings.SESSION_COOKIE_NAME].value,
                               "domain": host, "path": "/"}])

    page.goto(f"{live_server.url}/accounts/orders/{order.number}/")
    shown_total = page.locator('[data-money="total"] td').inner_text().strip()
    axe_check(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the invoice (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == "INV-000001.pdf"
    with open(download.path(), "rb") as pdf:
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read())).pages)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    assert f"Total {shown_total}" in lines, (shown_total, lines)
    assert shown_total == f"${order.total_incl_tax:,}"
    assert f"Order: {order.number}" in text
