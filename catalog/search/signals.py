"""Keep the search index fresh when a product, its price or its stock changes.

Haystack's realtime processor only watches Product saves, and indexes inside the request.
This one also watches stock records (price and stock live there) and category links, and
hands the work to a Celery task after commit: a worker in production, eager in the embedded
default.
"""
from django.db import transaction
from django.db.models import signals
from haystack.signals import BaseSignalProcessor
from oscar.core.loading import get_model

from . import indexing


def _watched_models():
    return (
        get_model("catalogue", "Product"),
        get_model("partner", "StockRecord"),
        get_model("catalogue", "ProductCategory"),
    )


class ProductIndexSignalProcessor(BaseSignalProcessor):
    def setup(self):
        for model in _watched_models():
            signals.post_save.connect(self.handle_change, sender=model)
            signals.post_delete.connect(self.handle_change, sender=model)

    def teardown(self):
        for model in _watched_models():
            signals.post_save.disconnect(self.handle_change, sender=model)
            signals.post_delete.disconnect(self.handle_change, sender=model)

    def handle_change(self, sender, instance, **kwargs):
        if kwargs.get("raw") or not indexing.is_enabled():
            return
        product_id = indexing.product_id_for(instance)
        if product_id is None:
            return
        from .tasks import update_product_index

        transaction.on_commit(lambda: update_product_index.delay(product_id))
