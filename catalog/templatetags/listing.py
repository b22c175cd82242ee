from django import template

from catalog.listing import card_queryset

register = template.Library()


@register.simple_tag
def cards_for(products):
    """The same products, reloaded with what their cards show in a fixed number of queries."""
    ids = [product.pk for product in products]
    by_id = card_queryset().in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


@register.simple_tag
def category_menu():
    """Top-level categories for the header menu, from the cache (catalog/navigation.py)."""
    from catalog.navigation import nav_categories

    return nav_categories()
