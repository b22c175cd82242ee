"""Watch stock records and queue the alert task once the transaction that restocked commits.

Every stock change Oscar makes goes through a StockRecord `post_save`: the dashboard's product
form, an import, the demo loader, and also allocation, shipping and cancellation
(`pre_save_signal`/`post_save_signal` around their UPDATEs). What the record held when it was
loaded is kept on the instance (`post_init`), so telling a restock apart costs no query. A bulk
`QuerySet.update()` sends no signal and is not seen.

All restocks of one transaction share one task: the first registers an `on_commit` callback
holding a set of product ids, and later ones in the same transaction add to that set. A
rolled-back transaction drops its callback with it, so nothing is queued for stock that never
changed.
"""
from django.db import transaction
from django.db.models import signals
from oscar.core.loading import get_model

from catalog.alerts.rules import available_quantity, came_back

_BEFORE = "_bodybest_available_before"


def _quantity(instance):
    """The record's available quantity from what is loaded, or None when a field is deferred
    (reading it would cost a query)."""
    fields = instance.__dict__
    if "num_in_stock" not in fields or "num_allocated" not in fields:
        return None
    return available_quantity(fields["num_in_stock"], fields["num_allocated"])


def remember_quantity(sender, instance, **kwargs):
    setattr(instance, _BEFORE, _quantity(instance))


def stock_saved(sender, instance, created=False, raw=False, using=None, **kwargs):
    if raw:  # fixtures
        return
    before = 0 if created else getattr(instance, _BEFORE, None)
    after = _quantity(instance)
    setattr(instance, _BEFORE, after)  # the next save of this instance compares with this one
    if came_back(before, after):
        queue_alerts(instance.product_id, using=using)


class _Restocked:
    """An on_commit callback: the products restocked in one transaction, sent in one task."""

    def __init__(self):
        self.product_ids = set()
        self.__qualname__ = "back-in-stock alerts"  # Django names a failed callback by it

    def __call__(self):
        from catalog.alerts.tasks import mail_back_in_stock

        mail_back_in_stock.delay(sorted(self.product_ids))


def queue_alerts(product_id, using=None):
    """Mail the product's alerts once the current transaction commits (at once outside one)."""
    connection = transaction.get_connection(using)
    pending = next((func for _, func, _ in connection.run_on_commit if isinstance(func, _Restocked)), None)
    if pending is None:
        pending = _Restocked()
        pending.product_ids.add(product_id)
        # robust: a failure to queue is logged and never undoes the restock that committed
        transaction.on_commit(pending, using=using, robust=True)
    else:
        pending.product_ids.add(product_id)


def connect():
    StockRecord = get_model("partner", "StockRecord")
    signals.post_init.connect(remember_quantity, sender=StockRecord, dispatch_uid="alerts-remember-stock")
    signals.post_save.connect(stock_saved, sender=StockRecord, dispatch_uid="alerts-stock-saved")
