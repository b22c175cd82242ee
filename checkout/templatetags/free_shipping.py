from django import template

from checkout.free_shipping import basket_progress

register = template.Library()


@register.simple_tag(takes_context=True)
def free_shipping_progress(context):
    """How far the request's basket is from free standard shipping (checkout/free_shipping.py)."""
    request = context.get("request")
    basket = getattr(request, "basket", None)
    return basket_progress(basket) if basket is not None else None
