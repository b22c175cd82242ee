"""Shipping an order, all of it or some of its lines, as staff record it on the order's
dashboard page. Each parcel is a Shipment with its carrier, its tracking number (in the
carrier's format, checkout/carriers.py) and the quantity of each line it holds.

Refused with a message and nothing saved: an order not paid (awaiting payment, cancelled,
refunded), an unknown carrier or a tracking number not in its format, no line with a quantity,
or more of a line than is left to ship. The order row is locked first, so two staff members
shipping the same lines at once cannot ship more than was ordered. When every line has left,
the order moves to "Shipped". The shopper gets one "on its way" mail per parcel
(checkout/shipment_mail.py), sent after the commit."""
from django.db import transaction
from django.db.models import Sum
from oscar.core.loading import get_model

from bodybest.mail.queueing import queue_mail
from checkout import audit, carriers
from checkout.models import Shipment, ShipmentLine

Order = get_model("order", "Order")
SHIPPED = "Shipped"
SHIPPABLE_STATUSES = ("Paid", "Being prepared", "Partially refunded")
MAIL_KIND = "shipment-on-its-way"


class ShipmentRefused(Exception):
    """Nothing was saved; `message` tells staff why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def shipped_quantities(order):
    """{order line id: quantity shipped so far}."""
    rows = (ShipmentLine.objects.filter(shipment__order=order).values("line_id")
            .annotate(total=Sum("quantity")))
    return {row["line_id"]: row["total"] for row in rows}


def remaining(order):
    """[(line, quantity still to ship)] for each of the order's lines, in order."""
    shipped = shipped_quantities(order)
    return [(line, line.quantity - shipped.get(line.pk, 0)) for line in order.lines.order_by("pk")]


def ship_lines(*, order, quantities, carrier, tracking_number, staff_user=None):
    """Record one parcel holding `quantities` ({order line id: quantity}) of `order`; return it.
    Raises ShipmentRefused (nothing saved) when a rule says no."""
    number = carriers.normalise(tracking_number)
    problem = carriers.problem(carrier, number)
    if problem:
        raise ShipmentRefused(problem)
    wanted = {int(line_id): int(quantity) for line_id, quantity in quantities.items() if int(quantity) > 0}
    if any(int(quantity) < 0 for quantity in quantities.values()):
        raise ShipmentRefused("Quantities cannot be negative.")
    if not wanted:
        raise ShipmentRefused("Choose at least one line and how many of it are in the parcel.")
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if order.status not in SHIPPABLE_STATUSES:
            raise ShipmentRefused(f"This order is {order.status.lower()}: only a paid order can ship.")
        left = {line.pk: (line, quantity) for line, quantity in remaining(order)}
        for line_id, quantity in wanted.items():
            if line_id not in left:
                raise ShipmentRefused("Choose lines of this order.")
            line, still = left[line_id]
            if quantity > still:
                raise ShipmentRefused(
                    f"Only {still} of “{line.title}” left to ship; you entered {quantity}.")
        shipment = Shipment.objects.create(order=order, carrier=carrier, tracking_number=number,
                                           shipped_by=staff_user if getattr(staff_user, "pk", None) else None)
        ShipmentLine.objects.bulk_create(
            [ShipmentLine(shipment=shipment, line_id=line_id, quantity=quantity)
             for line_id, quantity in wanted.items()])
        detail = ", ".join(f"{quantity} × {left[line_id][0].title}" for line_id, quantity in wanted.items())
        audit.record(order, staff_user, audit.SHIPMENT,
                     f"{shipment.carrier_name} {number}: {detail}")
        if all(quantity - wanted.get(line_id, 0) <= 0 for line_id, (_, quantity) in left.items()):
            order.set_status(SHIPPED)
        queue_mail(MAIL_KIND, shipment.pk)
    return shipment
