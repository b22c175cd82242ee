from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def spec_value(attribute_value):
    """A specification as a shopper reads it: 12 rather than 12.0, Yes/No for booleans."""
    value = attribute_value.value
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return format(Decimal(str(value)).normalize(), "f")
    return attribute_value.value_as_html
