"""`order_shipments order` for the order pages' shipment partials: the order's parcels, each
with its lines, and what has not shipped yet. Not named shipping_tags: that is Oscar's library
(shipping_charge_discount and the rest, on the checkout's shipping-method page), which a
library of ours by the same name would hide."""
from django import template

from checkout.shipments import remaining

register = template.Library()


@register.simple_tag
def order_shipments(order):
    shipments = list(order.shipments.prefetch_related("lines__line"))
    waiting = [(line, left) for line, left in remaining(order) if left > 0]
    return {"shipments": shipments, "waiting": waiting}
