"""Product analytics off the request path.

Oscar's analytics receivers update counters inside the request: an UPDATE on every product
view, and a racing ``create()`` whose IntegrityError (caught without a savepoint) breaks the
request's transaction under ATOMIC_REQUESTS. We swap those two receivers for ones that queue a
Celery task after commit; the task counts with a savepoint, so a race costs nothing.
"""
from django.db import IntegrityError, transaction
from django.db.models import F
from oscar.apps.analytics import receivers as oscar_receivers
from oscar.apps.basket.signals import basket_addition
from oscar.apps.catalogue.signals import product_viewed
from oscar.core.loading import get_model


def connect():
    product_viewed.disconnect(oscar_receivers.receive_product_view)
    basket_addition.disconnect(oscar_receivers.receive_basket_addition)
    product_viewed.connect(_on_product_viewed, dispatch_uid="bodybest-product-viewed")
    basket_addition.connect(_on_basket_addition, dispatch_uid="bodybest-basket-addition")


def _user_id(user):
    return user.pk if user is not None and user.is_authenticated else None


def _on_product_viewed(sender, product, user, **kwargs):
    from .tasks import record_product_event

    if not kwargs.get("raw", False):
        record_product_event.delay_on_commit(product.pk, _user_id(user), "view")


def _on_basket_addition(sender, product, user, **kwargs):
    from .tasks import record_product_event

    if not kwargs.get("raw", False):
        record_product_event.delay_on_commit(product.pk, _user_id(user), "basket")


def increment(model, field, *, increment_by=1, **lookup):
    """Add ``increment_by`` to ``field`` of the row matching ``lookup``, creating it if needed.

    Safe under concurrency: the insert runs in a savepoint, and a lost race falls back to the
    update, so the surrounding transaction is never poisoned.
    """
    if model.objects.filter(**lookup).update(**{field: F(field) + increment_by}):
        return
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **{field: increment_by})
    except IntegrityError:
        model.objects.filter(**lookup).update(**{field: F(field) + increment_by})


def record_product_event(*, product_id, user_id, event):
    """Count a product view ("view") or basket addition ("basket") for analytics reports."""
    ProductRecord = get_model("analytics", "ProductRecord")
    UserRecord = get_model("analytics", "UserRecord")
    UserProductView = get_model("analytics", "UserProductView")
    Product = get_model("catalogue", "Product")
    if not Product.objects.filter(pk=product_id).exists():
        return
    field = {"view": "num_views", "basket": "num_basket_additions"}[event]
    increment(ProductRecord, field, product_id=product_id)
    if user_id is not None:
        user_field = {"view": "num_product_views", "basket": "num_basket_additions"}[event]
        increment(UserRecord, user_field, user_id=user_id)
        if event == "view":
            UserProductView.objects.create(product_id=product_id, user_id=user_id)
