"""The courses dashboard, mounted by bodybest/urls.py at dashboard/courses/."""
from django.urls import path

from catalog.courses import dashboard_views

app_name = "courses-dashboard"
urlpatterns = [
    path("", dashboard_views.index, name="index"),
    path("grant/", dashboard_views.grant_view, name="grant"),
    path("<int:pk>/", dashboard_views.course_view, name="course"),
    path("enrolments/<int:pk>/extend/", dashboard_views.extend_view, name="extend"),
    path("enrolments/<int:pk>/refund/", dashboard_views.refund_view, name="refund"),
]
