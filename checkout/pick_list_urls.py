"""The dashboard's pick list (checkout/fulfilment_dashboard.py), mounted by bodybest/urls.py at
dashboard/pick-list/."""
from django.urls import path

from checkout import fulfilment_dashboard

app_name = "pick-list-dashboard"
urlpatterns = [
    path("", fulfilment_dashboard.pick_list, name="index"),
    path("pick-list.pdf", fulfilment_dashboard.pick_list_pdf, name="pdf"),
]
