"""The Shopify imports' staff pages, mounted by bodybest/urls.py at dashboard/shopify/ ahead of
Oscar's dashboard URLs."""
from django.urls import path

from catalog.shopify.dashboard import views

app_name = "shopify-import-dashboard"

urlpatterns = [
    path("", views.jobs_view, name="index"),
    path("<int:pk>/", views.job_view, name="job"),
    path("<int:pk>/progress.json", views.progress_view, name="progress"),
    path("<int:pk>/confirm/", views.confirm_view, name="confirm"),
    path("<int:pk>/refused.csv", views.refusals_view, name="refusals"),
]
