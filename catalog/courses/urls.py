"""A course's pages for shoppers (catalog/courses/views.py; "My courses", progress and the quiz
in catalog/courses/learning_views.py). Included at "courses/" in both languages."""
from django.urls import path

from catalog.courses import learning_views, refund_views, views

app_name = "courses"

urlpatterns = [
    path("<int:pk>/lessons/<int:position>/", views.lesson_view, name="lesson"),
    path("about/<slug:slug>/", views.course_by_slug, name="about"),  # a lasting link to a course's product page
    path("mine/", learning_views.my_courses, name="mine"),
    path("<int:pk>/lessons/<int:position>/complete/", learning_views.complete, name="complete"),
    path("<int:pk>/quiz/", learning_views.quiz, name="quiz"),
    path("<int:pk>/refund/", refund_views.refund, name="refund"),
    path("certificates/verify/", learning_views.verify, name="verify"),
    path("certificates/<str:number>/", learning_views.certificate_page, name="certificate"),
    path("certificates/<str:number>/pdf/", learning_views.certificate_download, name="certificate-pdf"),
]
