"""Querysets that load everything a product card shows, in a fixed number of queries."""
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model


def _with_card_data(queryset):
    """Class, stock records and images, and for a parent its public variants with theirs
    (Oscar's strategy prices a parent from them): a fixed number of queries. Oscar's own
    ``base_queryset()`` adds the ``has_options`` annotations, which are kept, and prefetches
    options and all variants, which no card reads. ``approved_review_count`` is the number
    of approved reviews the card's rating shows (catalog/templatetags/listing.py)."""
    Product = get_model("catalogue", "Product")
    ProductReview = get_model("reviews", "ProductReview")
    approved = (
        ProductReview.objects.filter(product=OuterRef("pk"), status=ProductReview.APPROVED)
        .order_by().values("product").annotate(n=Count("pk")).values("n")
    )
    return (
        queryset.base_queryset()
        .prefetch_related(None)
        .prefetch_public_children(queryset=Product.objects.public().prefetch_related("stockrecords"))
        .prefetch_related("stockrecords", "images")
        .annotate(approved_review_count=Coalesce(Subquery(approved, output_field=IntegerField()), 0))
    )


def card_queryset():
    """Browsable products with everything a product card shows."""
    Product = get_model("catalogue", "Product")
    return _with_card_data(Product.objects.browsable())


def is_browsable(product):
    """The test of ``Product.objects.browsable()`` for a product already loaded."""
    return product.is_public and product.parent_id is None


def tray_queryset():
    """Every product (the caller tests ``is_browsable``), with what a product card shows."""
    Product = get_model("catalogue", "Product")
    return _with_card_data(Product.objects.all())


def comparison_queryset():
    """``tray_queryset()`` plus the specifications, for the comparison page."""
    ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
    values = (
        ProductAttributeValue.objects.select_related("attribute", "value_option")
        .prefetch_related("value_multi_option")
        .order_by("attribute__pk")
    )
    return tray_queryset().prefetch_related(
        Prefetch("attribute_values", queryset=values, to_attr="_prefetched_attribute_values"),
    )
