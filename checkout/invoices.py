"""Numbering invoices and credit notes: one sequence each, with no gaps and no number reused.

A number is taken by locking the kind's counter row (select_for_update) in the transaction that
records the document, so a rollback returns it and two orders paid at once wait in turn for the
lock, never sharing a number. An order's invoice is numbered once, when it is paid
(checkout/placement.py); an order paid before invoices existed is numbered the first time its
invoice is asked for. Each refund (checkout/refunds.py) is a credit note of its own.
"""
from django.db import transaction
from django.utils import timezone

from checkout.invoice_models import CreditNote, DocumentCounter, Invoice

INVOICE, CREDIT_NOTE = "invoice", "credit-note"


def _next_number(kind):
    DocumentCounter.objects.get_or_create(kind=kind)
    counter = DocumentCounter.objects.select_for_update().get(kind=kind)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


def invoice_for(order):
    """The order's invoice, numbered now if it has none yet; the same one every time after."""
    existing = Invoice.objects.filter(order=order).first()
    if existing:
        return existing
    with transaction.atomic():
        number = _next_number(INVOICE)  # the lock also serialises two first requests at once
        existing = Invoice.objects.filter(order=order).first()
        if existing:
            transaction.set_rollback(True)
            return existing
        return Invoice.objects.create(order=order, number=number, issued=order.date_placed or timezone.now())


def record_credit_note(order, amount, refund_reference="", reason=""):
    """A numbered credit note for a refund of `amount` (CAD, tax included) made just now."""
    with transaction.atomic():
        invoice_for(order)
        return CreditNote.objects.create(order=order, number=_next_number(CREDIT_NOTE), issued=timezone.now(),
                                         amount=amount, refund_reference=refund_reference, reason=reason)
