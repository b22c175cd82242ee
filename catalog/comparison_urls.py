from django.urls import path

from catalog import comparison_views as views

app_name = "compare"

urlpatterns = [
    path("", views.page, name="page"),
    path("add/", views.add, name="add"),
    path("remove/", views.remove, name="remove"),
    path("replace/", views.replace_choice, name="replace"),
    path("replace/apply/", views.replace, name="replace-apply"),
    path("clear/", views.clear, name="clear"),
    path("keep/", views.keep, name="keep"),
]
