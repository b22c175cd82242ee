"""Querysets that load everything a product card shows, in a fixed number of queries."""
from django.db.models import Prefetch
from oscar.core.loading import get_model


def card_queryset():
    """Browsable products with their class, options, stock records and images prefetched."""
    Product = get_model("catalogue", "Product")
    StockRecord = get_model("partner", "StockRecord")
    ProductImage = get_model("catalogue", "ProductImage")
    return (
        Product.objects.browsable()
        .base_queryset()
        .prefetch_related(
            Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner")),
            Prefetch("images", queryset=ProductImage.objects.order_by("display_order", "pk")),
        )
    )
