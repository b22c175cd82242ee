"""The receipt of a basket or an order for templates: each builds a checkout.summary.Summary,
which templates/checkout/partials/totals.html (and totals.txt for plain-text mail) render."""
from django import template

from checkout import summary

register = template.Library()


@register.simple_tag(takes_context=True)
def basket_summary(context, basket=None, merchandise_only=False):
    """The basket of the page (``basket`` in the context, else the request's) with the shipping
    and taxes the page knows: Oscar's basket view estimates shipping, the checkout views add
    the chosen method, and the province's taxes once the address is known (checkout/session.py).
    ``merchandise_only`` leaves shipping and taxes out, as the mini-basket does on any page."""
    if basket is None:
        basket = context.get("basket") or getattr(context.get("request"), "basket", None)
    if basket is None:
        return None
    if merchandise_only:
        return summary.for_basket(basket)
    return summary.for_basket(
        basket,
        shipping_method=context.get("shipping_method"),
        shipping_charge=context.get("shipping_charge"),
        tax_breakdown=context.get("tax_breakdown"),
        order_total=context.get("order_total"),
        surcharges=context.get("surcharges"),
    )


@register.simple_tag
def order_summary(order):
    return summary.for_order(order)


@register.simple_tag
def orders_with_summaries(orders):
    """[(order, summary)] for a page of orders, in a fixed number of queries."""
    return [(order, summary.for_order(order)) for order in summary.prefetch(orders)]
