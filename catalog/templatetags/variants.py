"""Products with variants on the storefront: "From $19.00", and the chooser of their options."""
import json

from django import template
from django.utils.translation import gettext
from oscar.templatetags.currency_filters import currency

register = template.Library()


@register.simple_tag
def shown_price(product, price):
    """A price as a shopper reads it: "$27.00", or for a product with variants "From $19.00"
    (the strategy prices a parent at its cheapest buyable variant, checkout/partner/strategy.py)."""
    amount = currency(price.excl_tax, price.currency)
    if product.is_parent:
        return gettext("From %(price)s") % {"price": amount}
    return amount


@register.simple_tag(takes_context=True)
def variant_form(context, product):
    """The add-to-basket form of a parent, one choice per option (checkout/basket_add.py)."""
    from checkout.basket_add import AddToBasketForm

    request = context["request"]
    return AddToBasketForm(request.basket, product, auto_id="id_%s")


@register.simple_tag
def variant_data(form):
    """The variants as the chooser's script reads them: each one's values, price and whether
    it can be bought, in this language's money format."""
    variants = [
        {"values": list(v.values),
         "price": currency(v.price, v.currency) if v.price is not None else "",
         "amount": str(v.price) if v.price is not None else "",
         "buyable": v.buyable}
        for v in form.chooser.variants
    ]
    return json.dumps({
        "fields": [o.field_name for o in form.chooser.options],
        "variants": variants,
        "soldOut": gettext("Sold out"),
        "inStock": gettext("In stock"),
        "none": gettext("Not made in this combination"),
        "soldOutChoice": gettext("%(choice)s (sold out)"),
    })

