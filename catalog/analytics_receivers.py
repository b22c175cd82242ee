"""Oscar's analytics signals, received without work on the request path.

Oscar's receivers update counters inside the request: an UPDATE on every product view, and a
racing ``create()`` whose IntegrityError (caught without a savepoint) breaks the request's
transaction under ATOMIC_REQUESTS. We swap them for ours: product views and basket additions
are counted in Redis and written in batches (catalog/analytics_buffer.py); an order's purchases
are counted by a Celery task after commit (twenty buyers of one product at once broke the
order's transaction in Oscar's).
"""
from oscar.apps.analytics import receivers as oscar_receivers
from oscar.apps.basket.signals import basket_addition
from oscar.apps.catalogue.signals import product_viewed
from oscar.apps.order.signals import order_placed

from . import analytics_buffer, tasks


def connect():
    product_viewed.disconnect(oscar_receivers.receive_product_view)
    basket_addition.disconnect(oscar_receivers.receive_basket_addition)
    order_placed.disconnect(oscar_receivers.receive_order_placed)
    product_viewed.connect(_on_product_viewed, dispatch_uid="bodybest-product-viewed")
    basket_addition.connect(_on_basket_addition, dispatch_uid="bodybest-basket-addition")
    order_placed.connect(_on_order_placed, dispatch_uid="bodybest-order-placed")


def _user_id(user):
    return user.pk if user is not None and user.is_authenticated else None


def _on_product_viewed(sender, product, user, **kwargs):
    if not kwargs.get("raw", False):
        analytics_buffer.record(event="view", product_id=product.pk, user_id=_user_id(user))


def _on_basket_addition(sender, product, user, **kwargs):
    if not kwargs.get("raw", False):
        analytics_buffer.record(event="basket", product_id=product.pk, user_id=_user_id(user))


def _on_order_placed(sender, order, user, **kwargs):
    if not kwargs.get("raw", False):
        tasks.record_order.delay_on_commit(order.pk)
