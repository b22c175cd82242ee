from celery import shared_task

from . import engine


@shared_task(ignore_result=True)
def update_product_index(product_id: int) -> int:
    """Refresh one product's search document (and its variants' parent's): what every listing,
    search and suggestion reads. Returns how many documents were written (0: removed)."""
    return engine.refresh([product_id])
