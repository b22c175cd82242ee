"""The old Shopify links' staff pages, mounted by bodybest/urls.py at dashboard/old-links/ ahead
of Oscar's dashboard URLs."""
from django.urls import path

from bodybest.old_link_dashboard import views

app_name = "old-links-dashboard"

urlpatterns = [
    path("", views.list_view, name="index"),
    path("add/", views.add_view, name="add"),
    path("<int:pk>/", views.edit_view, name="edit"),
    path("<int:pk>/delete/", views.delete_view, name="delete"),
]
