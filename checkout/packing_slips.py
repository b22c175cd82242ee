"""A packing slip for one parcel (a Shipment), the PDF that goes in the box: who sends it, the
order and its date, where it goes, the carrier and tracking number, each line in this parcel
(SKU, product, options, quantity) and what is still to follow in later parcels. No prices
anywhere: the parcel may be a gift. In the order's language, as its invoice is."""
from dataclasses import dataclass

from django.utils import formats, translation
from django.utils.translation import gettext as _

from bodybest.business import BUSINESS
from checkout.invoice_pdf import _language
from checkout.pdf_document import Document, fit
from checkout.shipments import shipped_quantities


@dataclass(frozen=True)
class SlipLine:
    sku: str
    title: str
    options: str
    quantity: int


def describe(line, quantity):
    """`quantity` of an order line as a SlipLine: its SKU, title and options."""
    return SlipLine(sku=line.partner_sku or line.upc or "", title=line.title, options=options(line),
                    quantity=quantity)


def options(line):
    """The variant's own attributes and the options chosen in the basket, as "Size: Large, …"."""
    parts = []
    product = line.product
    if product is not None and product.is_child:
        parts += [f"{value.attribute.name}: {value.value_as_text}" for value in product.attribute_values.all()]
    parts += [f"{attribute.option.name if attribute.option else attribute.type}: {attribute.value}"
              for attribute in line.attributes.all()]
    return ", ".join(parts)


def contents(shipment):
    """([SlipLine] in this parcel, [SlipLine] still to follow after every parcel so far)."""
    order = shipment.order
    in_parcel = [describe(sl.line, sl.quantity)
                 for sl in shipment.lines.select_related("line__product").prefetch_related(
                     "line__attributes__option", "line__product__attribute_values__attribute").order_by("line_id")]
    shipped = shipped_quantities(order)
    to_follow = [describe(line, line.quantity - shipped.get(line.pk, 0))
                 for line in order.lines.select_related("product").order_by("pk")
                 if line.quantity - shipped.get(line.pk, 0) > 0]
    return in_parcel, to_follow


def filename(shipment):
    return f"packing-slip-{shipment.order.number}-{shipment.pk}.pdf"


def packing_slip(shipment):
    """The parcel's packing slip as PDF bytes."""
    with translation.override(_language(shipment.order)):
        return _slip(shipment)


def _ship_to(order):
    address = order.shipping_address or order.billing_address
    if address is None:
        return [order.email]
    return [line for line in address.active_address_fields() if line]


def _slip(shipment):
    order = shipment.order
    in_parcel, to_follow = contents(shipment)
    pdf = Document()
    pdf.set_title(f"{_('Packing slip')} {order.number}")
    pdf.text_line(_("Packing slip"), size=18, bold=True, height=9)
    pdf.text_line(_("Order: %(number)s (%(date)s)") % {
        "number": order.number, "date": formats.date_format(order.date_placed, "DATE_FORMAT")})
    pdf.text_line(_("Date: %(date)s") % {"date": formats.date_format(shipment.shipped_at, "DATE_FORMAT")})
    pdf.ln(3)
    pdf.text_line(BUSINESS.legal_name, bold=True)
    pdf.text_line(BUSINESS.street_address)
    pdf.text_line(BUSINESS.locality_line)
    pdf.ln(3)
    pdf.text_line(_("Ship to"), bold=True)
    for line in _ship_to(order):
        pdf.text_line(line)
    pdf.ln(3)
    pdf.text_line(_("Carrier: %(carrier)s, tracking number %(number)s") % {
        "carrier": shipment.carrier_name, "number": shipment.tracking_number})
    pdf.ln(4)
    _lines(pdf, _("In this parcel"), in_parcel)
    if to_follow:
        pdf.ln(3)
        _lines(pdf, _("To follow in a later parcel"), to_follow)
    else:
        pdf.ln(3)
        pdf.text_line(_("This parcel completes your order."))
    return bytes(pdf.output())


def _lines(pdf, heading, rows):
    widths = (40, 130, 20)
    pdf.text_line(heading, bold=True)
    pdf.row([_("SKU"), _("Product"), _("Qty")], widths, bold=True, aligns=["L", "L", "R"])
    for row in rows:
        pdf.row([fit(row.sku, 18), fit(row.title, 62), str(row.quantity)], widths, aligns=["L", "L", "R"])
        if row.options:
            pdf.row(["", fit(row.options, 70), ""], widths, aligns=["L", "L", "R"])
