"""An order's invoice and its credit notes as PDF files, in Canadian form and in the order's
language (on checkout/pdf_document.py's page).

Every figure comes from what the order stored, through checkout/summary.py's for_order: the
same lines, discounts, shipping, taxes and total the order pages and mails show, to the cent.
A credit note splits its refund (tax included) into each tax the order charged in proportion
to the order's taxes (checkout/tax.py's allocate), so its parts add up to the refund exactly.
"""
from decimal import Decimal

from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils import formats, translation
from django.utils.translation import gettext as _
from oscar.templatetags.currency_filters import currency

from bodybest.business import BUSINESS
from checkout import summary as receipts
from checkout.pdf_document import Document, fit
from checkout.tax import allocate

ZERO = Decimal("0.00")


def money(amount):
    return currency(amount, "CAD")


def _language(order):
    from checkout.models import OrderLanguage

    return OrderLanguage.of(order.pk)


def _province(order):
    address = order.shipping_address or order.billing_address
    return (getattr(address, "state", "") or "").strip().upper()


def _buyer(order):
    """(heading, lines) of the billing address, else the shipping address, else the email."""
    address = order.billing_address or order.shipping_address
    if address is None:
        return [order.email]
    return [line for line in address.active_address_fields() if line]


def _header(pdf, order, title, reference, issued):
    pdf.text_line(title, size=18, bold=True, height=9)
    pdf.text_line(_("No. %(reference)s") % {"reference": reference}, bold=True)
    pdf.text_line(_("Date: %(date)s") % {"date": formats.date_format(issued, "DATE_FORMAT")})
    pdf.text_line(_("Order: %(number)s (%(date)s)") % {
        "number": order.number, "date": formats.date_format(order.date_placed, "DATE_FORMAT")})
    pdf.ln(3)
    pdf.text_line(BUSINESS.legal_name, bold=True)
    pdf.text_line(BUSINESS.street_address)
    pdf.text_line(BUSINESS.locality_line)
    pdf.text_line(_("GST/HST registration number: %(number)s") % {"number": settings.BUSINESS_GST_HST_NUMBER})
    if _province(order) == "QC":
        pdf.text_line(_("QST registration number: %(number)s") % {"number": settings.BUSINESS_QST_NUMBER})
    pdf.ln(3)
    pdf.text_line(_("Bill to"), bold=True)
    for line in _buyer(order):
        pdf.text_line(line)
    pdf.ln(4)


def _tax_label(tax):
    """As the order pages write it: "GST (5%)", "TVQ (9,975 %)" (the same message)."""
    if tax.percent is None:
        return tax.name
    return _("%(name)s (%(percent)s%%)") % {"name": tax.name, "percent": floatformat(tax.percent, "-3")}


def invoice(order):
    """The order's invoice as PDF bytes, numbered (checkout/invoices.py) if not yet."""
    from checkout import invoices

    record = invoices.invoice_for(order)
    with translation.override(_language(order)):
        return _invoice(order, record)


def reference(order):
    """The invoice's reference, its attachment's file name."""
    from checkout import invoices

    return invoices.invoice_for(order).reference


def _invoice(order, record):
    summary = receipts.for_order(order)
    pdf = Document()
    pdf.set_title(f"{_('Invoice')} {record.reference}")
    _header(pdf, order, _("Invoice"), record.reference, record.issued)
    widths = (100, 20, 35, 35)
    pdf.row([_("Description"), _("Qty"), _("Unit price"), _("Amount")], widths, bold=True)
    for line in summary.lines:
        pdf.row([fit(line.description, 46), str(line.quantity), money(line.unit_price), money(line.amount)],
                widths)
    pdf.ln(2)
    totals = [(_("Subtotal (before tax)"), money(summary.subtotal))]
    for discount in summary.discounts:
        totals.append((_("Discount: %(name)s") % {"name": discount.name}, f"-{money(discount.amount)}"))
    shipping = summary.shipping or ZERO
    totals.append((_("Shipping: %(name)s") % {"name": summary.shipping_name} if summary.shipping_name else _("Shipping"),
                   money(shipping) if shipping else _("Free")))
    for discount in summary.shipping_discounts:
        totals.append((_("Shipping discount: %(name)s") % {"name": discount.name}, f"-{money(discount.amount)}"))
    if summary.surcharges:
        totals.append((_("Surcharges"), money(summary.surcharges)))
    for tax in summary.taxes or ():
        totals.append((_tax_label(tax), money(tax.amount)))
    if summary.adjustment:
        totals.append((_("Rounding"), money(summary.adjustment)))
    for label, figure in totals:
        pdf.row([label, figure], (155, 35))
    pdf.row([_("Total"), money(summary.total)], (155, 35), bold=True)
    pdf.ln(4)
    pdf.text_line(_("Payment"), bold=True)
    paid = {"amount": money(summary.total), "date": formats.date_format(order.date_placed, "DATE_FORMAT")}
    card = getattr(order, "card_payment", None)
    if card is not None and card.card_last4 and card.card_brand:
        pdf.text_line(_("Paid by %(brand)s card ending in %(last4)s: %(amount)s, %(date)s") % {
            **paid, "brand": card_brand_name(card.card_brand), "last4": card.card_last4})
    else:
        pdf.text_line(_("Paid by card: %(amount)s, %(date)s") % paid)
    notes = list(order.credit_notes.all())
    if notes:
        pdf.ln(2)
        pdf.text_line(_("Credit notes"), bold=True)
        for note in notes:
            pdf.text_line(f"{note.reference}: -{money(note.amount)}")
    return bytes(pdf.output())


def credit_split(order, amount):
    """[(tax, its share of `amount`)] and the amount before tax: the refund split like the order."""
    taxes = list(receipts.for_order(order).taxes or ())
    total = order.total_incl_tax
    tax_total = sum((t.amount for t in taxes), ZERO)
    if not taxes or not total:
        return [], amount
    tax_part = allocate(amount * tax_total / total, [Decimal("1")])[0]
    shares = allocate(tax_part, [t.amount for t in taxes])
    return list(zip(taxes, shares)), amount - tax_part


def credit_note(note):
    with translation.override(_language(note.order)):
        return _credit_note(note)


def _credit_note(note):
    order = note.order
    invoice_record = order.invoice
    pdf = Document()
    pdf.set_title(f"{_('Credit note')} {note.reference}")
    _header(pdf, order, _("Credit note"), note.reference, note.issued)
    pdf.text_line(_("Against invoice %(reference)s") % {"reference": invoice_record.reference})
    if note.reason:
        pdf.text_line(_("Reason: %(reason)s") % {"reason": note.reason[:90]})
    pdf.ln(3)
    shares, before_tax = credit_split(order, note.amount)
    pdf.row([_("Refund (before tax)"), f"-{money(before_tax)}"], (155, 35))
    for tax, share in shares:
        pdf.row([_tax_label(tax), f"-{money(share)}"], (155, 35))
    pdf.row([_("Total credited"), f"-{money(note.amount)}"], (155, 35), bold=True)
    pdf.ln(4)
    pdf.text_line(_("Refunded to the card: %(date)s") % {"date": formats.date_format(note.issued, "DATE_FORMAT")})
    return bytes(pdf.output())


BRANDS = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express", "discover": "Discover",
          "jcb": "JCB", "diners": "Diners Club", "unionpay": "UnionPay", "interac": "Interac"}


def card_brand_name(code):
    """Stripe's brand code as the card says it ("amex" -> "American Express")."""
    return BRANDS.get(code, (code or "").title())
