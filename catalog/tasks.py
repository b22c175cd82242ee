from celery import shared_task

from . import analytics


@shared_task(ignore_result=True)
def record_product_event(product_id: int, user_id: int | None, event: str) -> None:
    analytics.record_product_event(product_id=product_id, user_id=user_id, event=event)


@shared_task(ignore_result=True)
def record_order(order_id: int) -> None:
    analytics.record_order(order_id)
