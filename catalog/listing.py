"""Querysets that load everything a product card shows, in a fixed number of queries."""
from oscar.core.loading import get_model


def card_queryset():
    """Browsable products with their class, options, stock records and images prefetched
    (Oscar's ``base_queryset``), which is all that a product card reads."""
    Product = get_model("catalogue", "Product")
    return Product.objects.browsable().base_queryset()
