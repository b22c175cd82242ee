from celery import shared_task
from oscar.core.loading import get_model

from . import engine

BATCH = 1000


@shared_task(ignore_result=True)
def update_product_index(product_id: int) -> int:
    """Refresh one product's search document (and its variants' parent's): what every listing,
    search and suggestion reads. Returns how many documents were written (0: removed)."""
    return engine.refresh([product_id])


@shared_task(ignore_result=True)
def refresh_category_products(category_id: int) -> int:
    """Refresh the documents of every product filed under a category or its subcategories:
    their words hold the category's name, so a renamed category is found by its new one."""
    Category = get_model("catalogue", "Category")
    ProductCategory = get_model("catalogue", "ProductCategory")
    path = Category.objects.filter(pk=category_id).values_list("path", flat=True).first()
    if path is None:
        return 0
    return _refresh(
        ProductCategory.objects.filter(category__path__startswith=path).values_list("product_id", flat=True))


@shared_task(ignore_result=True)
def refresh_option_products(option_id: int) -> int:
    """Refresh the documents of every product whose specification is this option: their words
    hold its name in both languages, so a renamed option is found by its new name."""
    ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
    return _refresh(
        ProductAttributeValue.objects.filter(value_option_id=option_id).values_list("product_id", flat=True))


def _refresh(product_ids):
    ids = sorted(set(product_ids))
    return sum(engine.refresh(ids[start : start + BATCH]) for start in range(0, len(ids), BATCH))
