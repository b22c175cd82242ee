from django import template
from django.utils.translation import gettext as _

from catalog.comparison_list import comparison_for
from catalog.listing import is_browsable

register = template.Library()


@register.inclusion_tag("catalog/compare/tray.html", takes_context=True)
def compare_tray(context):
    """The compare tray at the foot of storefront pages (empty while the list is)."""
    from catalog.comparison_views import tray_context

    request = context.get("request")
    if request is None:
        return {}
    return {**tray_context(request), "csrf_token": context.get("csrf_token")}


@register.inclusion_tag("catalog/compare/button.html", takes_context=True)
def compare_button(context, product, block=False):
    """"Add to compare" for one product, or the way out of the list when it is already in it.
    Reads the list's ids once per request, whatever the number of cards."""
    request = context.get("request")
    if not is_browsable(product):
        # Variants are compared through their parent; unpublished products not at all.
        return {"comparable": False}
    listed = request is not None and product.pk in comparison_for(request)
    title = product.get_title()
    return {
        "comparable": True, "product": product, "listed": listed, "block": block, "request": request,
        "csrf_token": context.get("csrf_token"),
        "label_add": _("Add to compare: %(title)s") % {"title": title},
        "label_remove": _("In compare list: %(title)s (remove it)") % {"title": title},
    }
