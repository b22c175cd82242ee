"""Oscar's analytics counters, written so that concurrent writers never fail each other.

Oscar's receivers counted inside the request with a racing ``create()`` that broke its
transaction; ours (catalog/analytics_receivers.py) send the work here from outside the request:
batched views and basket additions (catalog/analytics_buffer.py) and a task per order.
"""
from django.db import IntegrityError, transaction
from django.db.models import F
from oscar.core.loading import get_model


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
    """Count one product view ("view") or basket addition ("basket") for analytics reports, at
    once (the path without Redis; with it, catalog/analytics_buffer.py writes them in batches)."""
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
