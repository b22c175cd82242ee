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
from oscar.apps.order.signals import order_placed
from oscar.core.loading import get_model


def connect():
    product_viewed.disconnect(oscar_receivers.receive_product_view)
    basket_addition.disconnect(oscar_receivers.receive_basket_addition)
    product_viewed.connect(_on_product_viewed, dispatch_uid="bodybest-product-viewed")
    basket_addition.connect(_on_basket_addition, dispatch_uid="bodybest-basket-addition")
    # Oscar counts purchases inside order placement, where a racing create() would break
    # the order's transaction (twenty buyers of one product at once did).
    order_placed.disconnect(oscar_receivers.receive_order_placed)
    order_placed.connect(_on_order_placed, dispatch_uid="bodybest-order-placed")


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


def _on_order_placed(sender, order, user, **kwargs):
    from .tasks import record_order

    if not kwargs.get("raw", False):
        record_order.delay_on_commit(order.pk)


def record_order(order_id):
    """Count an order's purchases per product, and the customer's order totals."""
    Order = get_model("order", "Order")
    ProductRecord = get_model("analytics", "ProductRecord")
    UserRecord = get_model("analytics", "UserRecord")
    order = Order.objects.filter(pk=order_id).first()
    if order is None:
        return
    for line in order.lines.all():
        if line.product_id:
            increment(ProductRecord, "num_purchases", increment_by=line.quantity,
                      product_id=line.product_id)
    if order.user_id:
        increment(UserRecord, "num_orders", user_id=order.user_id)
        UserRecord.objects.filter(user_id=order.user_id).update(
            num_order_lines=F("num_order_lines") + order.num_lines,
            num_order_items=F("num_order_items") + order.num_items,
            total_spent=F("total_spent") + order.total_incl_tax,
            date_last_order=order.date_placed,
        )


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
