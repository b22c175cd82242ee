"""Invoices and credit notes of paid orders (checkout/invoices.py, invoice_pdf.py, invoice_views.py):
the PDF's text, read back with pypdf, carries the order's own figures to the cent; numbers are
sequential and stay put; refunds become credit notes; only the order's shopper and staff get them;
the confirmation mail carries the invoice."""
import io
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation
from oscar.core.loading import get_model
from pypdf import PdfReader

from checkout import summary as receipts
from checkout.invoice_models import CreditNote, Invoice
from checkout.invoice_pdf import money
from checkout.refunds import refund_order
from tests.checkout import buying
from tests.checkout.buying import ADDRESS, place_order, weighed_product
from tests.checkout.test_totals_add_up import POSTCODES

pytestmark = pytest.mark.django_db
D = Decimal
Order = get_model("order", "Order")


def pdf_text(content):
    assert content[:5] == b"%PDF-"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def buy(client, fake_stripe, capture, province, lines, voucher=None, prefix=""):
    for product, quantity in lines:
        client.post(f"{prefix}/basket/add/{product.pk}/", {"quantity": quantity})
    if voucher:
        client.post(f"{prefix}/basket/vouchers/add/", {"code": voucher})
    if not client.session.get("_auth_user_id"):
        client.post(f"{prefix}/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    response = client.post(f"{prefix}/checkout/shipping-address/",
                           {**ADDRESS, "state": province, "postcode": POSTCODES[province]})
    assert response.status_code == 302, response.content.decode()[:2000]
    client.post(f"{prefix}/checkout/shipping-method/", {"method_code": "standard"})
    with capture(execute=True):
        response = client.post(f"{prefix}/checkout/pay/",
                               {"payment_method": fake_stripe.card_payment_method("ok")},
                               HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["status"] == "placed", response.content[:500]
    translation.activate("en-ca")
    order = Order.objects.order_by("-pk").first()
    if order.is_anonymous:
        confirm_email(client, order)
    return order


def confirm_email(client, order, email="marie@example.ca"):
    """What Oscar asks of a guest before showing the order's status page."""
    client.post(f"/accounts/order-status-form/{order.number}/{order.verification_hash()}/", {"email": email})


def guest_url(order, tail="invoice.pdf"):
    return f"/accounts/order-status/{order.number}/{order.verification_hash()}/{tail}"


def flat(text):
    return re.sub(r"\s+", " ", text).strip()


def rows(text):
    return [flat(line) for line in text.splitlines()]


def assert_figures(order, text, french=False):
    """Every line, discount, the shipping, each tax and the total of the order's own summary
    are on the invoice, each on its row with its label."""
    read = rows(text)
    with translation.override("fr-ca" if french else "en-ca"):
        summary = receipts.for_order(order)
        from checkout.invoice_pdf import _tax_label

        for line in summary.lines:
            assert any(r.startswith(line.description[:30]) and r.endswith(
                flat(f"{line.quantity} {money(line.unit_price)} {money(line.amount)}")) for r in read), (line, read)
        for discount in summary.discounts:
            assert any(r.endswith(flat(f"-{money(discount.amount)}")) and discount.name in r for r in read), read
        shipping = flat(money(summary.shipping)) if summary.shipping else ("Gratuite" if french else "Free")
        assert any(r.endswith(shipping) and r.startswith("Livraison" if french else "Shipping")
                   for r in read), (shipping, read)
        assert summary.taxes
        for tax in summary.taxes:
            assert flat(f"{_tax_label(tax)} {money(tax.amount)}") in read, (tax, read)
        assert flat(f"Total {money(order.total_incl_tax)}") in read, read
    parts = summary.merchandise + summary.shipping_after_discounts + summary.surcharges + summary.tax_total
    assert parts == order.total_incl_tax


@pytest.fixture
def stone():
    return weighed_product("39.99", kg=2.0)


def test_an_ontario_invoice_shows_hst_and_our_registration_number(client, fake_stripe,
                                                                  django_capture_on_commit_callbacks, stone):
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "ON", [(stone, 2)])
    text = pdf_text(client.get(guest_url(order)).content)
    assert_figures(order, text)
    assert [t.name for t in order.tax_lines.all()] == ["HST"]
    assert "HST (13%)" in text
    assert "Know Your Body Best Therapeutic Supplies Inc." in text
    assert "GST/HST registration number: 123456789 RT0001" in text
    assert "QST registration number" not in text
    assert "Marie Tremblay" in text and order.number in text
    assert "Paid by Visa card ending in 4242:" in flat(text)  # as Stripe describes the card


def test_a_quebec_invoice_is_in_french_with_tps_tvq_and_the_qst_number(client, fake_stripe,
                                                                       django_capture_on_commit_callbacks, stone):
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "QC", [(stone, 1)], prefix="/fr")
    response = client.get(guest_url(order))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="INV-000001.pdf"'
    text = pdf_text(response.content)
    assert [t.code for t in order.tax_lines.all()] == ["GST", "QST"]
    assert_figures(order, text, french=True)
    assert text.startswith("Facture") and "Payé par carte Visa se terminant par 4242" in flat(text)
    assert "TPS (5 %)" in flat(text) and "TVQ (9,975 %)" in flat(text)
    assert "Numéro de TVQ : 1234567890 TQ0001" in flat(text)
    assert "Montréal" in text


def test_a_british_columbia_invoice_shows_gst_and_pst(client, fake_stripe, django_capture_on_commit_callbacks, stone):
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "BC", [(stone, 3)])
    text = pdf_text(client.get(guest_url(order)).content)
    assert [t.code for t in order.tax_lines.all()] == ["GST", "PST"]
    assert_figures(order, text)
    assert "GST (5%)" in text and "PST (7%)" in text


def test_a_discount_is_on_the_invoice_as_the_order_took_it(client, fake_stripe,
                                                           django_capture_on_commit_callbacks, stone):
    buying.voucher("WELCOME10", "10.00")
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "ON", [(stone, 2)], voucher="WELCOME10")
    assert order.total_discount_incl_tax or order.discounts.exists()
    text = pdf_text(client.get(guest_url(order)).content)
    assert_figures(order, text)
    assert "-$10.00" in text


def test_free_shipping_reads_free(client, fake_stripe, django_capture_on_commit_callbacks):
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "ON", [(weighed_product("300.00"), 1)])
    assert order.shipping_excl_tax == 0
    text = pdf_text(client.get(guest_url(order)).content)
    assert_figures(order, text)
    assert any(r.startswith("Shipping") and r.endswith("Free") for r in rows(text))


def test_numbers_follow_each_other_and_stay_put_across_downloads(client, fake_stripe,
                                                                 django_capture_on_commit_callbacks, stone):
    first = buy(client, fake_stripe, django_capture_on_commit_callbacks, "ON", [(stone, 1)])
    second = buy(Client(), fake_stripe, django_capture_on_commit_callbacks, "BC", [(stone, 1)])
    # Numbered when paid, before anyone asks for the PDF.
    assert [first.invoice.number, second.invoice.number] == [1, 2]
    for _ in range(2):
        assert "No. INV-000002" in pdf_text(client.get(guest_url(second)).content)
        assert "No. INV-000001" in pdf_text(client.get(guest_url(first)).content)
    assert Invoice.objects.count() == 2


def test_a_refund_is_a_numbered_credit_note(client, fake_stripe, django_capture_on_commit_callbacks,
                                            django_user_model, stone):
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "QC", [(stone, 1)])
    staff = django_user_model.objects.create_user(username="sam", email="sam@bodybest.ca", is_staff=True)
    refund_order(order, D("20.00"), "Arrived damaged", staff)
    refund_order(order, D("5.00"), "Goodwill", staff)
    notes = list(CreditNote.objects.order_by("number"))
    assert [(n.number, n.amount) for n in notes] == [(1, D("20.00")), (2, D("5.00"))]
    text = flat(pdf_text(client.get(guest_url(order, "credit-notes/1.pdf")).content))
    assert "Credit note" in text and "No. CN-000001" in text and "Against invoice INV-000001" in text
    assert "Total credited -$20.00" in text and "Reason: Arrived damaged" in text
    # Its parts (before tax, GST, QST) add up to the refund.
    parts = [D(m.replace(",", "")) for m in re.findall(r"-\$([\d,]+\.\d\d)", text)]
    assert sum(parts[:-1]) == parts[-1] == D("20.00") and len(parts) == 4
    assert "CN-000002" in flat(pdf_text(client.get(guest_url(order)).content))
    assert client.get(guest_url(order, "credit-notes/3.pdf")).status_code == 404


def test_only_the_orders_shopper_and_staff_get_it(client, fake_stripe, django_capture_on_commit_callbacks,
                                                   django_user_model, stone):
    owner = django_user_model.objects.create_user(username="ann", email="ann@example.ca", password="pw-ann-1991")
    client.force_login(owner)
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "ON", [(stone, 1)])
    page = client.get(f"/accounts/orders/{order.number}/").content.decode()
    assert f"/accounts/orders/{order.number}/invoice.pdf" in page
    assert pdf_text(client.get(f"/accounts/orders/{order.number}/invoice.pdf").content)

    other = Client()
    other.force_login(django_user_model.objects.create_user(username="bob", email="bob@example.ca"))
    assert other.get(f"/accounts/orders/{order.number}/invoice.pdf").status_code == 404
    assert other.get(f"/accounts/order-status/{order.number}/not-the-hash/invoice.pdf").status_code == 404
    assert other.get(f"/dashboard/orders/{order.number}/invoice.pdf").status_code in (302, 403)
    assert Client().get(f"/accounts/orders/{order.number}/invoice.pdf").status_code == 302  # to sign in
    assert other.get("/accounts/orders/999999/invoice.pdf").status_code == 404

    staff = Client()
    staff.force_login(django_user_model.objects.create_user(username="sam", email="sam@bodybest.ca",
                                                            is_staff=True, is_superuser=True))
    assert f"/dashboard/orders/{order.number}/invoice.pdf" in staff.get(
        f"/dashboard/orders/{order.number}/").content.decode()
    response = staff.get(f"/dashboard/orders/{order.number}/invoice.pdf")
    assert response.status_code == 200 and "INV-000001" in pdf_text(response.content)


def test_a_guest_finds_it_on_the_order_status_page(client, fake_stripe, django_capture_on_commit_callbacks, stone):
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "ON", [(stone, 1)])
    guest = Client()
    assert guest.get(guest_url(order)).status_code == 404  # the email not confirmed in this session
    confirm_email(guest, order, "someone@example.ca")
    assert guest.get(guest_url(order)).status_code == 404
    confirm_email(guest, order)
    assert guest.get(guest_url(order)).status_code == 200
    response = guest.get(f"/accounts/order-status/{order.number}/{order.verification_hash()}/")
    assert response.status_code == 200, (response.status_code, response.get("Location"))
    page = response.content.decode()
    assert guest_url(order) in page, page[page.find("order-invoice") - 200:page.find("order-invoice") + 600] if "order-invoice" in page else page[-3000:]


def test_the_confirmation_mail_carries_the_invoice(client, fake_stripe, django_capture_on_commit_callbacks, stone):
    mail.outbox.clear()
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "BC", [(stone, 2)])
    confirmation = next(m for m in mail.outbox if m.to == ["marie@example.ca"])
    (name, content, kind), = confirmation.attachments
    assert (name, kind) == ("INV-000001.pdf", "application/pdf")
    assert_figures(order, pdf_text(content))


def test_without_the_cards_details_the_invoice_says_by_card(client, fake_stripe, django_capture_on_commit_callbacks,
                                                           stone, monkeypatch):
    """Stripe not saying what card paid changes nothing but the invoice's wording."""
    from checkout import stripe_gateway

    def unreachable(*args, **kwargs):
        raise stripe_gateway.GatewayError("Stripe is unreachable")

    monkeypatch.setattr(stripe_gateway, "retrieve_payment_method", unreachable)
    order = buy(client, fake_stripe, django_capture_on_commit_callbacks, "ON", [(stone, 1)])
    assert order.status == "Paid"
    text = flat(pdf_text(client.get(guest_url(order)).content))
    assert "Paid by card:" in text and "ending in" not in text
