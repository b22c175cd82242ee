"""Keep the search documents fresh when a product, its price or stock, or its categories
change: the refresh goes to a Celery task after commit (a worker in production, eager in the
embedded default), so every web node reads the new document from the database at once."""
from django.db import connection, transaction
from django.db.models import signals
from oscar.core.loading import get_model

from . import indexing


def _watched_models():
    return (
        get_model("catalogue", "Product"),
        get_model("partner", "StockRecord"),
        get_model("catalogue", "ProductCategory"),
        get_model("catalogue", "ProductAttributeValue"),
    )


def connect():
    for model in _watched_models():
        signals.post_save.connect(handle_change, sender=model, dispatch_uid=f"search-{model.__name__}-save")
        signals.post_delete.connect(handle_change, sender=model, dispatch_uid=f"search-{model.__name__}-delete")


def handle_change(sender, instance, **kwargs):
    if kwargs.get("raw") or not indexing.is_enabled():
        return
    product_id = indexing.product_id_for(instance)
    if product_id is None:
        return
    if _queued(product_id):
        return  # one product edit saves the product, its specifications and stock: one refresh
    from .tasks import update_product_index

    def refresh():
        update_product_index.delay(product_id)

    refresh.search_product_id = product_id
    transaction.on_commit(refresh)


def _queued(product_id):
    """Whether this transaction already refreshes ``product_id`` when it commits."""
    return any(getattr(func, "search_product_id", None) == product_id for _, func, _ in connection.run_on_commit)
