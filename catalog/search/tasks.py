from celery import shared_task

from . import engine, indexing


@shared_task(ignore_result=True)
def update_product_index(product_id: int) -> str:
    """Refresh one product's search data: its Haystack index entry (what the storefront's pages
    list today) and its search-engine document (what suggestions read)."""
    engine.refresh([product_id])
    return indexing.update_product(product_id)
