"""Keep the search documents fresh when a product, its price or stock, its categories, or a
category or option value itself (its name, in either language, is among its products' words)
change: the refresh goes to a Celery task after commit (a worker in production, eager in the
embedded default), so every web node reads the new document from the database at once."""
from django.db import transaction
from django.db.models import signals
from oscar.core.loading import get_model

from . import indexing


def _watched_models():
    return (
        get_model("catalogue", "Product"),
        get_model("partner", "StockRecord"),
        get_model("catalogue", "ProductCategory"),
        get_model("catalogue", "ProductAttributeValue"),
        get_model("catalogue", "ProductImage"),  # the card's picture
    )


def connect():
    for model in _watched_models():
        signals.post_save.connect(handle_change, sender=model, dispatch_uid=f"search-{model.__name__}-save")
        signals.post_delete.connect(handle_change, sender=model, dispatch_uid=f"search-{model.__name__}-delete")
    signals.post_save.connect(
        handle_category_change, sender=get_model("catalogue", "Category"), dispatch_uid="search-Category-save"
    )
    # A deleted option takes its products' values with it (a cascade whose deletions refresh
    # them one by one, above); a renamed one changes none of their rows.
    signals.post_save.connect(handle_option_change, sender=get_model("catalogue", "AttributeOption"),
                              dispatch_uid="search-AttributeOption-save")


def handle_category_change(sender, instance, **kwargs):
    """A category renamed (or moved): its products' documents hold its name and place."""
    if kwargs.get("raw") or kwargs.get("created") or not indexing.is_enabled():
        return
    from .tasks import refresh_category_products

    category_id = instance.pk
    transaction.on_commit(lambda: refresh_category_products.delay(category_id))


def handle_option_change(sender, instance, **kwargs):
    """An option value renamed, in English or in French (the admin's option groups): its
    products' documents hold its words in both languages, and the English as their facet value."""
    if kwargs.get("raw") or kwargs.get("created") or not indexing.is_enabled():
        return
    from .tasks import refresh_option_products

    option_id = instance.pk
    transaction.on_commit(lambda: refresh_option_products.delay(option_id))


def handle_change(sender, instance, **kwargs):
    if kwargs.get("raw") or not indexing.is_enabled():
        return
    product_id = indexing.product_id_for(instance)
    if product_id is None:
        return
    from .tasks import update_product_index

    # One staff edit saves the product, its specifications and its stock: a refresh each,
    # after commit. They are idempotent and small; skipping "already queued" ones instead
    # trusted callbacks that a rolled-back or never-committed block leaves behind.
    transaction.on_commit(lambda: update_product_index.delay(product_id))
