"""The shopper's return form, mounted by bodybest/urls.py under the storefront's languages."""
from django.urls import path

from checkout import return_views

urlpatterns = [
    path("<str:number>/", return_views.account_return, name="return-start"),
    path("<str:number>/<str:hash>/", return_views.guest_return, name="return-start-guest"),
]
