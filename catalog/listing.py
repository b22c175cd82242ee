"""Querysets that load everything a product card shows, in a fixed number of queries."""
from django.db.models import Prefetch
from oscar.core.loading import get_model


def card_queryset():
    """Browsable products with their class, options, stock records and images prefetched
    (Oscar's ``base_queryset``), which is all that a product card reads."""
    Product = get_model("catalogue", "Product")
    return Product.objects.browsable().base_queryset()


def is_browsable(product):
    """The test of ``Product.objects.browsable()`` for a product already loaded."""
    return product.is_public and product.parent_id is None


def comparison_queryset():
    """All products (test ``is_browsable``) with what the comparison page shows: class,
    variants, stock records, images and specifications, in six queries whatever the number
    of products. Leaner than ``base_queryset().prefetch_attribute_values()``, which also loads
    options and every attribute of each class (three more queries the page never reads)."""
    Product = get_model("catalogue", "Product")
    ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
    values = (
        ProductAttributeValue.objects.select_related("attribute", "value_option")
        .prefetch_related("value_multi_option")
        .order_by("attribute__pk")
    )
    return (
        Product.objects.base_queryset()
        .prefetch_related(None)
        .prefetch_related(
            "children", "stockrecords", "images",
            Prefetch("attribute_values", queryset=values, to_attr="_prefetched_attribute_values"),
        )
    )
