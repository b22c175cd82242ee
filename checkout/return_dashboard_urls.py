"""The dashboard's Returns pages, mounted by bodybest/urls.py at dashboard/returns/."""
from django.urls import path

from checkout import return_dashboard

app_name = "returns-dashboard"
urlpatterns = [
    path("", return_dashboard.index, name="index"),
    path("<int:pk>/", return_dashboard.detail, name="detail"),
]
