"""The refund page, mounted by bodybest/urls.py at dashboard/orders/<number>/refund/ ahead of
Oscar's dashboard URLs."""
from django.urls import path

from checkout import refund_views

urlpatterns = [
    path("", refund_views.refund_view, name="order-refund"),
]
