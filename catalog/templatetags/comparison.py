from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html
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


# Built in Python rather than from a template: a listing renders 36 of these, and a template
# per card cost about a third of a millisecond each. Both labels are here; the form's class
# shows one, so static/bodybest/js/compare.js only flips the class, the action and the label.
_BUTTON = (
    '<form class="compare-toggle{listed_class}{block_class}" method="post" action="{action}"'
    ' data-compare-form data-compare-toggle="{pk}" data-add-url="{add_url}"'
    ' data-remove-url="{remove_url}">'
    '<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
    '<input type="hidden" name="product" value="{pk}">'
    '<input type="hidden" name="next" value="{next}">'
    '<button type="submit" class="btn btn-compare" aria-label="{label}"'
    ' data-label-add="{label_add}" data-label-remove="{label_remove}">'
    '<span class="compare-box" aria-hidden="true"></span>'
    '<span class="when-off">{text_add}</span><span class="when-on">{text_remove}</span>'
    "</button></form>"
)


def button_constants(token, next_url):
    """What every button on a page shares."""
    return {
        "add_url": reverse("compare:add"), "remove_url": reverse("compare:remove"),
        "token": token, "next": next_url,
        "text_add": _("Add to compare"), "text_remove": _("In compare list"),
    }


def _request_constants(request):
    """``button_constants`` for this request, worked out once."""
    constants = getattr(request, "_bodybest_compare_button", None)
    if constants is None:
        constants = button_constants(get_token(request), request.get_full_path())
        request._bodybest_compare_button = constants
    return constants


@register.simple_tag(takes_context=True)
def compare_button(context, product, block=False):
    """"Add to compare" for one product, or the way out of the list when it is already in it.
    Reads the list's ids once per request, whatever the number of cards. Variants are compared
    through their parent and unpublished products not at all: they get nothing."""
    request = context.get("request")
    if request is None or not is_browsable(product):
        return ""
    return button_html(product, listed=product.pk in comparison_for(request),
                       shared=_request_constants(request), block=block)


def button_html(product, *, listed, shared, block=False):
    """The button's HTML with ``shared`` (``_request_constants``, or marks that the cached
    listing cards fill in per request: catalog/cards.py)."""
    title = product.get_title()
    label_add = _("Add to compare: %(title)s") % {"title": title}
    label_remove = _("In compare list: %(title)s (remove it)") % {"title": title}
    return format_html(
        _BUTTON,
        listed_class=" is-listed" if listed else "",
        block_class=" compare-toggle-block" if block else "",
        action=shared["remove_url"] if listed else shared["add_url"],
        pk=product.pk,
        label=label_remove if listed else label_add,
        label_add=label_add,
        label_remove=label_remove,
        **shared,
    )
