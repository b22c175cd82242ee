"""The Ship page and each parcel's packing slip, mounted by bodybest/urls.py at
dashboard/orders/<number>/ship/ ahead of Oscar's dashboard URLs."""
from django.urls import path

from checkout import fulfilment_dashboard, shipment_views

urlpatterns = [
    path("", shipment_views.ship_view, name="order-ship"),
    path("<int:shipment>/packing-slip.pdf", fulfilment_dashboard.packing_slip, name="order-packing-slip"),
]
