"""A course's pages for shoppers (catalog/courses/views.py; "My courses", progress and the quiz
in catalog/courses/learning_views.py). Included at "courses/" in both languages."""
from django.urls import path

from catalog.courses import views

app_name = "courses"

urlpatterns = [
    path("<int:pk>/lessons/<int:position>/", views.lesson_view, name="lesson"),
]
