from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from oscar.apps.partner.abstract_models import AbstractStockRecord


class SoldOut(Exception):
    """The stock record has fewer units left than an order asks for."""

    def __init__(self, stockrecord, quantity):
        super().__init__(f"Stock record {stockrecord.pk}: {quantity} wanted, too few left")
        self.stockrecord = stockrecord
        self.quantity = quantity


class StockRecord(AbstractStockRecord):
    """Oscar's stock record, with allocation that cannot oversell.

    Oscar 4.2 allocates with an unconditional UPDATE after payment, so four buyers of the
    last unit got four orders. Here the UPDATE only matches while enough units are free, and
    a check constraint keeps it true whatever else writes to the table."""

    class Meta(AbstractStockRecord.Meta):
        constraints = [
            models.CheckConstraint(
                condition=Q(num_in_stock__isnull=True)
                | Q(num_allocated__isnull=True)
                | Q(num_allocated__lte=F("num_in_stock")),
                name="stockrecord_never_oversold",
                violation_error_message=(
                    "The number in stock cannot be lower than the number already allocated "
                    "to orders that have not shipped yet."
                ),
            ),
        ]

    def allocate(self, quantity):
        """Allocate `quantity` units or raise SoldOut; the row is updated only while
        num_in_stock >= num_allocated + quantity, so concurrent buyers cannot both win."""
        if not self.can_track_allocations:
            return
        self.pre_save_signal()
        allocated = Coalesce(F("num_allocated"), 0)
        updated = type(self).objects.filter(
            pk=self.pk, num_in_stock__gte=allocated + quantity
        ).update(num_allocated=allocated + quantity)
        if not updated:
            raise SoldOut(self, quantity)
        self.refresh_from_db(fields=["num_allocated"])
        self.post_save_signal()

    allocate.alters_data = True


from oscar.apps.partner.models import *  # noqa: E402,F401,F403
