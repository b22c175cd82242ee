from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.html import format_html
from django.utils.translation import ngettext

from catalog.listing import card_queryset

register = template.Library()


@register.simple_tag
def cards_for(products):
    """The same products, reloaded with what their cards show in a fixed number of queries."""
    ids = [product.pk for product in products]
    by_id = card_queryset().in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


@register.simple_tag(takes_context=True)
def listing_cards(context, page_products):
    """Each card of a listing's page (catalog/search/browse.PageProducts), from the cache where
    it was rendered before (catalog/cards.py)."""
    from catalog import cards

    return cards.cards(context, page_products)


@register.simple_tag
def category_menu():
    """Top-level categories for the header menu, from the cache (catalog/navigation.py)."""
    from catalog.navigation import nav_categories

    return nav_categories()


# Built in Python, like the compare button: a listing renders 36 of these.
_RATING = (
    '<p class="card-rating"><span class="card-stars" aria-hidden="true">{stars}</span>'
    '<span class="card-rating-count" aria-hidden="true">({count})</span>'
    '<span class="sr-only">{spoken}</span></p>'
)


@register.simple_tag
def card_rating(product):
    """A product card's stars and number of reviews, or nothing before the first approved
    review. Oscar keeps the average of approved reviews in ``product.rating`` (None without
    any); the number comes from ``card_queryset()``'s annotation, or one query without it."""
    if product.rating is None:
        return ""
    count = getattr(product, "approved_review_count", None)
    if count is None:
        count = product.num_approved_reviews
    if not count:
        return ""
    filled = min(5, max(0, int(product.rating + 0.5)))
    spoken = ngettext(
        "Rated %(rating)s out of 5 from %(count)d review",
        "Rated %(rating)s out of 5 from %(count)d reviews",
        count,
    ) % {"rating": _format_rating(product.rating), "count": count}
    return format_html(_RATING, stars="★" * filled + "☆" * (5 - filled), count=count, spoken=spoken)


def _format_rating(rating):
    """4.0 reads "4", 4.25 reads "4.3": one decimal at most, rounded half-up."""
    text = str(Decimal(str(rating)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return text[:-2] if text.endswith(".0") else text


@register.simple_tag
def listing_category_tree():
    """The categories for the browse pages' filter, from the cache (catalog/navigation.py)."""
    from catalog.navigation import category_tree

    return category_tree()


@register.simple_tag
def category_filter(tree, current=None):
    """The category tree (``listing_category_tree``) as a flat list for the browse pages'
    category filter, each entry marked ``near`` when a phone shows it too: the category
    shown, its subcategories, its parent, and its sisters when it has no subcategories (at the
    catalogue's index: the top level). Phones show that short row, desktops the whole tree."""
    if not hasattr(current, "path"):  # the catalogue's index has no category
        current = None
    entries = [
        {"name": node["name"], "url": node["url"], "depth": node["depth"], "path": node["path"],
         "current": current is not None and node["pk"] == current.pk}
        for node in tree
    ]
    if current is None:
        near = {e["path"] for e in entries if e["depth"] == 1}
    else:
        step = len(current.path) // current.depth
        parent = current.path[:-step]
        children = {e["path"] for e in entries if e["path"][:-step] == current.path}
        near = {current.path, parent} | children
        if not children:
            near |= {e["path"] for e in entries if e["path"][:-step] == parent}
    for entry in entries:
        entry["near"] = entry["path"] in near
    return entries
