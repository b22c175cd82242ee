from django import template

from catalog.price_match.forms import PriceMatchForm

register = template.Library()


@register.simple_tag(takes_context=True)
def price_match_form(context, product):
    """The blank form for a product page, with name and email filled in when signed in."""
    return PriceMatchForm(account=getattr(context.get("request"), "user", None))
