from celery import shared_task

from . import analytics, analytics_buffer


@shared_task(ignore_result=True)
def record_order(order_id: int) -> None:
    analytics.record_order(order_id)


@shared_task(ignore_result=True)
def flush_product_events() -> str:
    """Beat, every minute: product views and basket additions counted in Redis, written."""
    written = analytics_buffer.flush()
    return "no Redis, or another flush running" if written is None else f"{written} events written"
