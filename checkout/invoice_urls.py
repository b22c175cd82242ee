"""Invoice and credit note downloads (checkout/invoice_views.py), mounted by bodybest/urls.py:
`staff` at dashboard/orders/<number>/, `account` at accounts/orders/<order_number>/ and `guest`
at accounts/order-status/<order_number>/<hash>/ (each shopper path in English and under /fr/)."""
from django.urls import path

from checkout import invoice_views as views


def _pair(view, name):
    return [path("invoice.pdf", view, name=f"{name}-invoice"),
            path("credit-notes/<int:note>.pdf", view, name=f"{name}-credit-note")]


staff = _pair(views.staff_document, "dashboard-order")
account = _pair(views.account_document, "order")
guest = _pair(views.guest_document, "anon-order")
