"""Downloading an order's invoice and credit notes as PDF: by the shopper who placed it (their
account's order page, or a guest's status page with its verification hash) and by staff from the
dashboard's order page. Anyone else gets a 404, as for the order page itself."""
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from oscar.apps.customer.mixins import AnonymousOrderMixin
from oscar.core.loading import get_model
from oscar.views.decorators import permissions_required

from checkout import invoice_pdf

Order = get_model("order", "Order")
STAFF_PERMISSIONS = ["is_staff", "order.view_order"]


def _pdf(content, filename):
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _document(order, note):
    """The invoice (note None) or the order's credit note numbered `note`, as a response."""
    if note is None:
        content = invoice_pdf.invoice(order)
        return _pdf(content, f"{order.invoice.reference}.pdf")
    credit = order.credit_notes.filter(number=note).first()
    if credit is None:
        raise Http404("No such credit note on this order.")
    return _pdf(invoice_pdf.credit_note(credit), f"{credit.reference}.pdf")


@login_required
def account_document(request, order_number, note=None):
    order = get_object_or_404(Order, number=order_number, user=request.user)
    return _document(order, note)


def guest_document(request, order_number, hash, note=None):
    """As Oscar's guest status page: the order's hash, and its email confirmed in this session."""
    finder = AnonymousOrderMixin()
    finder.request, finder.kwargs = request, {"order_number": order_number, "hash": hash}
    order = finder.get_object()
    if order is None:
        raise Http404("No such order.")
    return _document(order, note)


@permissions_required(STAFF_PERMISSIONS, login_url=reverse_lazy("dashboard:login"))
def staff_document(request, number, note=None):
    return _document(get_object_or_404(Order, number=number), note)
