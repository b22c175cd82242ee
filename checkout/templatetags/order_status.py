from django import template

from checkout import order_status

register = template.Library()


@register.filter
def status_name(status):
    """`{{ order.status|status_name }}`: the status in the page's language (checkout/order_status.py)."""
    return order_status.status_name(status)
