"""The newsletter's staff pages, mounted by bodybest/urls.py at dashboard/newsletter/ ahead of
Oscar's dashboard URLs."""
from django.urls import path

from blog.newsletter.dashboard import views

app_name = "newsletter-dashboard"

urlpatterns = [
    path("", views.overview_view, name="index"),
    path("progress.json", views.progress_view, name="progress"),
    path("articles/<int:pk>/test/", views.send_test_view, name="send-test"),
    path("subscribers/", views.subscribers_view, name="subscribers"),
    path("subscribers.csv", views.subscribers_csv_view, name="subscribers-csv"),
]
