from django.urls import path

from catalog.price_match import views

app_name = "price_match"

urlpatterns = [
    path("", views.policy_view, name="policy"),
    path("request/<int:pk>/", views.request_view, name="request"),
    path("apply/<str:code>/", views.apply_view, name="apply"),
    path("mine/", views.mine_view, name="mine"),
    path("confirm/<str:token>/", views.confirm_view, name="confirm"),
]
