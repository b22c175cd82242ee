"""The Ship page, mounted by bodybest/urls.py at dashboard/orders/<number>/ship/ ahead of
Oscar's dashboard URLs."""
from django.urls import path

from checkout import shipment_views

urlpatterns = [
    path("", shipment_views.ship_view, name="order-ship"),
]
