from celery import shared_task

from . import indexing


@shared_task(ignore_result=True)
def update_product_index(product_id: int) -> str:
    return indexing.update_product(product_id)
