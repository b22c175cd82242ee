"""Money shown adds up, everywhere (checkout/summary.py, templates/checkout/partials/totals.html).

For each of the 13 provinces and territories a guest buys twice: once with an offer and a voucher
and shipping charged, once over the free-shipping threshold. Every page and mail that shows the
basket or the order is read as a shopper reads it (the text of each figure), and the parts must
add up to the total shown, to the cent, and that total must be the one charged and stored:
each line adds up to the subtotal; subtotal - discounts + shipping + each tax = total.
"""
import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import BenefitFactory, ConditionalOfferFactory, RangeFactory, create_order

from checkout import summary as receipts
from checkout.models import OrderTax
from tests.checkout import buying
from tests.checkout.buying import ADDRESS, place_order, weighed_product

pytestmark = pytest.mark.django_db
D = Decimal
Order = get_model("order", "Order")

POSTCODES = {
    "AB": "T2P 1J9", "BC": "V6B 1A1", "MB": "R3C 0V8", "NB": "E1C 4M3", "NL": "A1C 5M2",
    "NS": "B3H 1A1", "NT": "X1A 2L9", "NU": "X0A 0H0", "ON": "K1A 0B1", "PE": "C1A 4P3",
    "QC": "H3A 1H6", "SK": "S4P 3Y2", "YT": "Y1A 2C6",
}
MONEY = re.compile(r"(-?)\$([\d,]+\.\d{2})")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Figures(HTMLParser):
    """Each element marked data-money (or, with ``line_class``, each element of that class,
    read as a line price), with its visible text and the data-order of its row, if any."""

    def __init__(self, line_class=None):
        super().__init__()
        self.line_class = line_class
        self.stack, self.found = [], []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attrs = dict(attrs)
        kind = attrs.get("data-money")
        if self.line_class and self.line_class in (attrs.get("class") or "").split():
            kind = "line"
        self.stack.append([tag, kind, attrs.get("data-order"), []])

    def handle_endtag(self, tag):
        while self.stack:
            name, kind, order, text = self.stack.pop()
            if kind:
                order = order or next((e[2] for e in reversed(self.stack) if e[2]), None)
                self.found.append((kind, order, " ".join("".join(text).split())))
            if name == tag:
                break

    def handle_data(self, data):
        for element in self.stack:
            if element[1]:
                element[3].append(data)


def amount(text):
    """The figure a shopper reads in ``text``: the last dollar amount, or "Free"."""
    found = MONEY.findall(text)
    if not found:
        assert "Free" in text, f"no amount in {text!r}"
        return D("0.00")
    sign, digits = found[-1]
    value = D(digits.replace(",", ""))
    return -value if sign else value


def figures(html, line_class=None, order=None):
    parser = _Figures(line_class)
    parser.feed(html)
    read = {}
    for kind, row, text in parser.found:
        if order is None or row == str(order):
            read.setdefault(kind, []).append(amount(text))
    return read


def text_figures(body):
    """The receipt of a plain-text mail, row by row, read the same way."""
    read = {}
    kinds = (("Subtotal", "subtotal"), ("Shipping discount", "discount"), ("Discount", "discount"),
             ("Voucher", "discount"), ("Shipping", "shipping"), ("Rounding", "rounding"),
             ("Order total", "total"), ("Total before tax", "total"))
    for row in body.splitlines():
        kind = next((k for prefix, k in kinds if row.startswith(prefix)), None)
        if kind == "shipping" and "(before tax)" not in row:
            kind = None  # "Shipping to:", the address that follows
        if row.startswith(" * "):
            kind = "line"
        elif re.match(r"^(GST|HST|PST|QST|RST) \([\d.]+%\): ", row):
            kind = "tax"
        if kind:
            read.setdefault(kind, []).append(amount(row))
    return read


def assert_adds_up(read, total, where, lines=True):
    """The parts shown add up to the total shown, which is ``total``; the discounts show as
    negative lines."""
    def total_of(kind):
        return sum(read.get(kind, []), D("0.00"))

    assert read.get("total") == [total], f"{where}: total shown {read.get('total')}, expected {total}"
    assert all(d < 0 for d in read.get("discount", [])), f"{where}: a discount not shown negative"
    if lines:
        assert read.get("line"), f"{where}: no line prices"
        assert total_of("line") == read["subtotal"][0], f"{where}: lines {read['line']} vs {read['subtotal']}"
    parts = (total_of("subtotal") + total_of("discount") + total_of("shipping")
             + total_of("surcharge") + total_of("tax"))
    assert "rounding" not in read, f"{where}: a rounding line {read['rounding']}"
    assert parts == total, f"{where}: parts {read} add up to {parts}, total shown {total}"


@pytest.fixture
def spring_offer():
    everything = RangeFactory(includes_all_products=True)
    return ConditionalOfferFactory(
        name="Spring tune-up 15%", exclusive=False, condition__range=everything, condition__type="Count",
        condition__value=1, benefit=BenefitFactory(range=everything, type="Percentage", value=D("15")),
    )


def _staff():
    from django.contrib.auth import get_user_model

    staff = Client(HTTP_HOST="localhost")
    staff.force_login(get_user_model().objects.create_user(
        username="ledger", email="ledger@bodybest.ca", is_staff=True, is_superuser=True))
    return staff


def _buy(client, fake_stripe, capture, province, lines, voucher=None):
    """Fill the basket, check the basket page and the mini-basket, go through checkout to
    "Review and pay", check it, pay; return (order, the preview's figures)."""
    for product, quantity in lines:
        client.post(f"/basket/add/{product.pk}/", {"quantity": quantity})
    if voucher:
        client.post("/basket/vouchers/add/", {"code": voucher})

    basket = client.get("/basket/").content.decode()
    read = figures(basket)
    assert_adds_up(read, read["total"][0], f"{province} basket")
    assert "tax" not in read and len(read["discount"]) == (2 if voucher else 1)

    product_page = client.get(lines[0][0].get_absolute_url()).content.decode()
    mini = product_page[product_page.index('class="basket-mini dropdown"'):]
    mini_read = figures(mini)
    assert_adds_up(mini_read, read["subtotal"][0] + sum(read["discount"]), f"{province} mini-basket")
    button = mini[:mini.index("</button>")]
    assert amount(button) == mini_read["total"][0], f"{province} mini-basket button"

    client.post("/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    response = client.post("/checkout/shipping-address/",
                           {**ADDRESS, "state": province, "postcode": POSTCODES[province]})
    assert response.status_code == 302, response.content.decode()[:2000]
    delivery = client.get("/checkout/shipping-method/").content.decode()
    delivery_read = figures(delivery)  # the summary beside the choice of delivery
    assert_adds_up(delivery_read, read["subtotal"][0] + sum(read["discount"]), f"{province} delivery step",
                   lines=False)
    assert "Shipping is added when you choose a delivery option." in delivery
    client.post("/checkout/shipping-method/", {"method_code": "standard"})
    preview = client.get("/checkout/preview/").content.decode()
    receipt = preview[preview.index('id="basket_totals"'):]
    preview_read = figures(receipt)
    preview_read["line"] = figures(preview[:preview.index('id="basket_totals"')], line_class="price_color")["line"]
    assert_adds_up(preview_read, preview_read["total"][0], f"{province} preview")
    pay_button = preview[preview.index('id="place-order"'):]
    assert amount(pay_button[:pay_button.index("</button>")]) == preview_read["total"][0]

    mail.outbox.clear()
    with capture(execute=True):
        place_order(client, fake_stripe)
    order = Order.objects.latest("pk")
    assert preview_read["total"][0] == order.total_incl_tax, f"{province}: charged other than shown"
    return order, preview_read


def _check_order_pages(client, staff, customer, order, province):
    where = f"{province} order {order.number}"
    total = order.total_incl_tax

    thanks = client.get("/checkout/thank-you/").content.decode()
    assert_adds_up(figures(thanks), total, f"{where} thank-you")

    # The link in the mail asks the guest for their email address, then shows the order.
    link = {"order_number": order.number, "hash": order.verification_hash()}
    status = client.post(reverse("customer:anon-order-form", kwargs=link), {"email": "marie@example.ca"},
                         follow=True)
    assert status.redirect_chain[-1][0] == reverse("customer:anon-order", kwargs=link)
    assert_adds_up(figures(status.content.decode()), total, f"{where} guest status")

    dashboard = staff.get(reverse("dashboard:order-detail", kwargs={"number": order.number}))
    assert dashboard.status_code == 200
    assert_adds_up(figures(dashboard.content.decode()), total, f"{where} dashboard")

    confirmation = next(m for m in mail.outbox if m.to == ["marie@example.ca"])
    assert_adds_up(text_figures(confirmation.body), total, f"{where} mail text")
    assert_adds_up(figures(confirmation.alternatives[0][0]), total, f"{where} mail HTML")
    staff_mail = next(m for m in mail.outbox if m.to != ["marie@example.ca"])
    receipt = staff_mail.body[staff_mail.body.index("Subtotal"):]  # under its list of items and SKUs
    assert_adds_up(text_figures(receipt), total, f"{where} staff mail", lines=False)

    Order.objects.filter(pk=order.pk).update(user=customer.user)
    detail = customer.get(reverse("customer:order", kwargs={"order_number": order.number}))
    assert_adds_up(figures(detail.content.decode()), total, f"{where} order page")
    history = customer.get(reverse("customer:order-list")).content.decode()
    row = figures(history, order=order.number)
    row["subtotal"] = row.pop("merchandise")
    assert_adds_up(row, total, f"{where} order history", lines=False)
    return figures(thanks)


@pytest.mark.parametrize("province", sorted(POSTCODES))
def test_every_page_and_mail_adds_up_with_a_discount_and_with_free_shipping(
        province, client, fake_stripe, spring_offer, django_capture_on_commit_callbacks, django_user_model):
    staff = _staff()
    customer = Client(HTTP_HOST="localhost")
    customer.user = django_user_model.objects.create_user(
        username="marie", email="marie.tremblay@example.ca")  # signed in below, no password
    customer.force_login(customer.user)
    buying.voucher("WELCOME10", "10.00")
    stretch_band = weighed_product("33.33", kg=1.0)
    cream = weighed_product("17.77", kg=1.0)
    table = weighed_product("149.95", kg=12.0)

    # 3 x 33.33 + 17.77 = 117.76; 15% off and $10 off; shipping charged, under the threshold.
    order, preview = _buy(client, fake_stripe, django_capture_on_commit_callbacks, province,
                          [(stretch_band, 3), (cream, 1)], voucher="WELCOME10")
    assert len(preview["discount"]) == 2 and preview["shipping"][0] > 0
    assert len(preview["tax"]) == (2 if province in ("BC", "MB", "QC", "SK") else 1)
    _check_order_pages(client, staff, customer, order, province)

    # 2 x 149.95 = 299.90, 15% off: 254.92 of merchandise ships free.
    order, preview = _buy(client, fake_stripe, django_capture_on_commit_callbacks, province,
                          [(table, 2)])
    assert preview["shipping"] == [D("0.00")] and order.shipping_excl_tax == D("0.00")
    thanks = _check_order_pages(client, staff, customer, order, province)
    assert thanks["shipping"] == [D("0.00")]


def test_the_preview_reads_the_canadian_way_for_the_ontario_example(client):
    """The issue's example: a $54.00 item to Ontario read Basket total $61.02, Shipping $11.24,
    HST $8.31, Order total $72.26. Now: $54.00 + $9.95 shipping + HST 13% $8.31 = $72.26."""
    mat = weighed_product("54.00", kg=1.0)
    client.post(f"/basket/add/{mat.pk}/", {"quantity": 1})
    client.post("/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    client.post("/checkout/shipping-address/", {**ADDRESS, "state": "ON", "postcode": "K1A 0B1"})
    client.post("/checkout/shipping-method/", {"method_code": "standard"})
    page = client.get("/checkout/preview/").content.decode()
    read = figures(page[page.index('id="basket_totals"'):])
    assert read == {"subtotal": [D("54.00")], "shipping": [D("9.95")], "tax": [D("8.31")],
                    "total": [D("72.26")]}
    assert "HST (13%)" in page and "$61.02" not in page and "$11.24" not in page


def test_an_order_that_does_not_add_up_shows_its_rounding_rather_than_another_total():
    """An order stored a cent away from its parts (placed before the checkout worked its total
    out from the receipt's figures) keeps its recorded taxes and total, and says so."""
    order = create_order()
    order.lines.update(line_price_before_discounts_excl_tax=D("100.10"), quantity=1)
    Order.objects.filter(pk=order.pk).update(
        total_excl_tax=D("115.05"), shipping_excl_tax=D("14.95"), shipping_incl_tax=D("15.70"),
        total_incl_tax=D("120.79"))
    order.refresh_from_db()
    OrderTax.objects.create(order=order, code="GST", name="GST", percent=D("5"), amount=D("5.75"))
    summary = receipts.for_order(order)
    assert summary.adjustment == D("-0.01") and summary.total == D("120.79")
    assert [t.amount for t in summary.taxes] == [D("5.75")]
    from django.template.loader import render_to_string

    read = figures(render_to_string("checkout/partials/totals.html", {"summary": summary}))
    assert read["rounding"] == [D("-0.01")]
    assert sum(v for kind in ("subtotal", "shipping", "tax", "rounding") for v in read[kind]) == read["total"][0]


def test_the_order_history_costs_the_same_for_one_order_and_five(customer_client, django_user_model):
    user = django_user_model.objects.get(username="dana")

    def count():
        with CaptureQueriesContext(connection) as captured:
            response = customer_client.get(reverse("customer:order-list"))
        assert response.status_code == 200
        return len(captured), response.content.decode()

    def an_order():
        order = create_order(user=user)
        OrderTax.objects.create(order=order, code="HST", name="HST", percent=D("13"),
                                amount=order.total_incl_tax - order.total_excl_tax)
        return order

    first = an_order()
    count()  # warm what every visitor shares (the category menu, the shipping threshold)
    one, page = count()
    assert_adds_up({**figures(page, order=first.number), "subtotal": figures(page, order=first.number)["merchandise"]},
                   first.total_incl_tax, "history with one order", lines=False)
    for _ in range(4):
        an_order()
    five, page = count()
    assert page.count("data-order=") == 5
    assert one == five, f"{one} queries for one order, {five} for five"
