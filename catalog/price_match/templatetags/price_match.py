from django import template

from catalog.price_match.forms import PriceMatchForm

register = template.Library()


@register.simple_tag(takes_context=True)
def price_match_form(context, product):
    """The blank form for a product page, with name and email filled in when signed in."""
    user = getattr(context.get("request"), "user", None)
    initial = {}
    if user is not None and user.is_authenticated:
        initial = {"name": user.get_full_name(), "email": user.email}
    return PriceMatchForm(initial=initial)
