"""The price match queue's staff pages, mounted by bodybest/urls.py at dashboard/price-match/
ahead of Oscar's dashboard URLs."""
from django.urls import path

from catalog.price_match.dashboard import views

app_name = "price-match-dashboard"

urlpatterns = [
    path("", views.queue_view, name="index"),
    path("<int:pk>/approve/", views.approve_view, name="approve"),
    path("<int:pk>/reject/", views.reject_view, name="reject"),
    path("<int:pk>/screenshot/", views.screenshot_view, name="screenshot"),
]
