from django.urls import path

from blog.newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("", views.signup_view, name="signup"),
    path("confirm/<str:token>/", views.confirm_view, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
