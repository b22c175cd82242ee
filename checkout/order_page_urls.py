"""The dashboard's order page with malformed staff actions refused (checkout/order_page_views.py),
mounted by bodybest/urls.py at dashboard/orders/<number>/ ahead of Oscar's dashboard URLs,
named and permission-checked as Oscar's orders dashboard names and checks its own."""
from django.apps import apps
from django.urls import path

from checkout.order_page_views import OrderDetailView


def _as_oscar_guards_it(view, name):
    decorate = apps.get_app_config("orders_dashboard").get_url_decorator(path("", view, name=name))
    return decorate(view) if decorate else view


urlpatterns = [
    path("", _as_oscar_guards_it(OrderDetailView.as_view(), "order-detail"), name="order-detail"),
]
