"""Invoices and credit notes of paid orders (checkout/invoices.py numbers them, and
checkout/invoice_pdf.py prints them). Imported by checkout/models.py."""
from decimal import Decimal

from django.db import models


class DocumentCounter(models.Model):
    """The last number given to an invoice or a credit note. The row is locked while a number
    is taken, in the transaction that records the document: a rollback gives the number back
    with it, so numbers have no gaps and are never reused."""

    kind = models.CharField(max_length=16, primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.kind}: {self.last}"


class Invoice(models.Model):
    """An order's invoice: its number, given once when the order is paid, and its date."""

    order = models.OneToOneField("order.Order", on_delete=models.PROTECT, related_name="invoice")
    number = models.PositiveIntegerField(unique=True)
    issued = models.DateTimeField()

    class Meta:
        ordering = ["number"]

    def __str__(self):
        return f"Invoice {self.reference} for order {self.order_id}"

    @property
    def reference(self):
        return f"INV-{self.number:06d}"


class CreditNote(models.Model):
    """One refund to the customer's card (checkout/refunds.py), as a numbered credit note
    against the order's invoice. `amount` is tax included, as refunded."""

    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="credit_notes")
    number = models.PositiveIntegerField(unique=True)
    issued = models.DateTimeField()
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    refund_reference = models.CharField(max_length=255, blank=True)
    reason = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.CheckConstraint(condition=models.Q(amount__gt=Decimal("0")),
                                              name="credit_note_amount_above_zero")]

    def __str__(self):
        return f"Credit note {self.reference} for order {self.order_id}"

    @property
    def reference(self):
        return f"CN-{self.number:06d}"
