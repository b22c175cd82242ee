"""The warehouse's pick list for a day: every paid order still waiting to ship that was placed
on or before the day (in the store's time zone), with what is left of each line once earlier
parcels are counted, summed by product (SKU, title, options) with the orders that need it, and
order by order. Orders of earlier days that have not left yet are on it: the shelf has to be
walked for them too, and a list of the day's orders alone would let yesterday's backlog drop
out of sight. Quantities are counts of items; no prices."""
import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch, Sum
from django.utils import timezone
from oscar.core.loading import get_model

from checkout.models import ShipmentLine
from checkout.packing_slips import describe
from checkout.pdf_document import Document, fit
from checkout.shipments import SHIPPABLE_STATUSES

Order = get_model("order", "Order")
Line = get_model("order", "Line")


@dataclass
class Product:
    sku: str
    title: str
    options: str
    quantity: int = 0
    orders: list = field(default_factory=list)  # order numbers, oldest first


@dataclass
class WaitingOrder:
    number: str
    placed: datetime.datetime
    ship_to: str
    lines: list  # [SlipLine] with what is left to ship


@dataclass
class PickList:
    day: datetime.date
    orders: list
    products: list

    @property
    def items(self):
        return sum(product.quantity for product in self.products)


def end_of(day):
    """The first instant after `day` in the store's time zone (settings.TIME_ZONE)."""
    return datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min,
                                     tzinfo=timezone.get_default_timezone())


def today():
    return timezone.localdate(timezone=timezone.get_default_timezone())


def pick_list(day):
    """The PickList of orders waiting to ship placed up to the end of `day`."""
    lines = Line.objects.select_related("product").prefetch_related(
        "attributes__option", "product__attribute_values__attribute").order_by("pk")
    orders = list(Order.objects.filter(status__in=SHIPPABLE_STATUSES, date_placed__lt=end_of(day))
                  .select_related("shipping_address").prefetch_related(Prefetch("lines", queryset=lines))
                  .order_by("date_placed", "pk"))
    shipped = dict(ShipmentLine.objects.filter(line__order__in=[order.pk for order in orders])
                   .values("line_id").annotate(total=Sum("quantity")).values_list("line_id", "total"))
    waiting, products = [], {}
    for order in orders:
        rows = []
        for line in order.lines.all():
            left = line.quantity - shipped.get(line.pk, 0)
            if left <= 0:
                continue
            slip = describe(line, left)
            rows.append(slip)
            product = products.setdefault((slip.sku, slip.title, slip.options),
                                          Product(slip.sku, slip.title, slip.options))
            product.quantity += left
            if order.number not in product.orders:
                product.orders.append(order.number)
        if rows:
            address = order.shipping_address
            ship_to = ", ".join(filter(None, [address.name, address.city, address.state])) if address else order.email
            waiting.append(WaitingOrder(order.number, order.date_placed, ship_to, rows))
    ordered = sorted(products.values(), key=lambda p: (p.sku, p.title, p.options))
    return PickList(day=day, orders=waiting, products=ordered)


def pick_list_pdf(picks):
    """The PickList printed: products to take from the shelves, then each order's lines."""
    pdf = Document()
    pdf.set_title(f"Pick list {picks.day.isoformat()}")
    pdf.text_line(f"Pick list for {picks.day.isoformat()}", size=18, bold=True, height=9)
    pdf.text_line(f"{len(picks.orders)} orders waiting to ship, placed up to the end of the day; "
                  f"{picks.items} items.")
    pdf.ln(4)
    widths = (35, 135, 20)
    pdf.text_line("By product", bold=True)
    pdf.row(["SKU", "Product", "Qty"], widths, bold=True, aligns=["L", "L", "R"])
    for product in picks.products:
        title = f"{product.title} ({product.options})" if product.options else product.title
        pdf.row([fit(product.sku, 16), fit(title, 64), str(product.quantity)], widths, aligns=["L", "L", "R"])
        pdf.set_font("DejaVu", "", 8)
        pdf.set_x(pdf.l_margin + widths[0])
        pdf.multi_cell(widths[1], 4, f"Orders: {', '.join(product.orders)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.text_line("By order", bold=True)
    for order in picks.orders:
        placed = timezone.localtime(order.placed, timezone.get_default_timezone())
        pdf.text_line(f"Order {order.number}, placed {placed:%Y-%m-%d %H:%M}, to {fit(order.ship_to, 60)}", bold=True)
        for row in order.lines:
            title = f"{row.title} ({row.options})" if row.options else row.title
            pdf.row(["", fit(row.sku, 16), fit(title, 50), str(row.quantity)], (5, 35, 135, 15),
                    aligns=["L", "L", "L", "R"])
        pdf.ln(1)
    return bytes(pdf.output())
