"""The late-orders page, mounted by bodybest/urls.py at dashboard/late-orders/."""
from django.urls import path

from checkout import late_order_views

app_name = "late-orders-dashboard"
urlpatterns = [
    path("", late_order_views.settings_view, name="settings"),
]
