"""Oscar views that answered a 500 to malformed input, subclassed where the fault is and mounted
ahead of Oscar's at the same paths (bodybest/urls.py includes this module's urlpatterns), behind
the same access checks Oscar puts on them.

- Bulk actions (BulkEditMixin: the notification inbox, the dashboard's order, review and user
  lists) filtered by the posted ``selected_<name>`` values as they were: one that is not a
  number was a ValueError.
- The dashboard review list's status change read ``int(request.POST["status"])``.
- A customer's order line (``/accounts/orders/<number>/<line>/``) only takes a POST (reorder):
  Oscar has no page for it, so a GET rendered a missing template, and an unknown line was a
  DoesNotExist.
- The address book form checks that an address is not already there, but the same address
  posted twice at once (a double click) passed both checks and the second insert broke the
  database's unique constraint.
"""
from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from oscar.apps.communication.notifications import views as notification_views
from oscar.apps.customer import views as customer_views
from oscar.apps.dashboard.orders import views as order_views
from oscar.apps.dashboard.reviews import views as review_views
from oscar.apps.dashboard.users import views as user_views
from oscar.core.loading import get_model
from oscar.core.utils import safe_referrer

from checkout.order_changes import OrderChangesMixin

Order = get_model("order", "Order")
ProductReview = get_model("reviews", "ProductReview")

MAX_SELECTED = 1000


def numeric_ids(values, limit=MAX_SELECTED):
    """The values that can be database ids (ASCII digits, at most 18 of them), at most ``limit``."""
    return [value for value in values if value.isascii() and value.isdigit() and len(value) <= 18][:limit]


class NumericSelectionMixin:
    def get_selected_ids(self, request):
        """Oscar's, leaving out ids that are not numbers: a selection of nothing but those gets
        Oscar's own "You need to select some ..." message."""
        if request.POST.get(self.select_across_param, "").lower() == "1":
            return super().get_selected_ids(request)
        posted = numeric_ids(request.POST.getlist(f"selected_{self.get_checkbox_object_name()}"))
        return list(self.get_queryset().filter(pk__in=posted).values_list("pk", flat=True))


class NotificationUpdateView(NumericSelectionMixin, notification_views.UpdateView):
    def get_error_url(self, request):
        # Oscar's fallback is ".", this address itself, which answers a GET with 405.
        return safe_referrer(request, "customer:notifications-inbox")


class OrderListView(OrderChangesMixin, NumericSelectionMixin, order_views.OrderListView):
    pass


class UserListView(NumericSelectionMixin, user_views.IndexView):
    pass


class ReviewListView(NumericSelectionMixin, review_views.ReviewListView):
    def update_selected_review_status(self, request, reviews):
        if request.POST.get("status") not in {str(value) for value, _ in ProductReview.STATUS_CHOICES}:
            messages.error(request, "Choose the status to give the selected reviews.")
            return HttpResponseRedirect(reverse("dashboard:reviews-list"))
        return super().update_selected_review_status(request, reviews)


class OrderLineView(customer_views.OrderLineView):
    http_method_names = ["post"]

    def get_object(self, queryset=None):
        order = get_object_or_404(Order, user=self.request.user, number=self.kwargs["order_number"])
        return get_object_or_404(order.lines, id=self.kwargs["line_id"])


class SameAddressTwiceMixin:
    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except IntegrityError:
            form.add_error(None, "This address is already in your address book.")
            return self.form_invalid(form)


class AddressCreateView(SameAddressTwiceMixin, customer_views.AddressCreateView):
    pass


class AddressUpdateView(SameAddressTwiceMixin, customer_views.AddressUpdateView):
    pass


def _as_oscar_guards_it(config_label, url_name, view):
    """``view`` behind the permissions Oscar's app ``config_label`` requires for ``url_name``."""
    config = apps.get_app_config(config_label)
    decorate = config.get_url_decorator(path("", view, name=url_name))
    return decorate(view) if decorate else view


# Named as Oscar names them: the dashboard menu resolves a path to its name to check access.
urlpatterns = [
    path("accounts/notifications/update/", login_required(NotificationUpdateView.as_view()),
         name="notifications-update"),
    path("accounts/orders/<str:order_number>/<int:line_id>/", login_required(OrderLineView.as_view()),
         name="order-line"),
    # accounts/addresses/add/ and accounts/addresses/<pk>/: bodybest/accounts.py's views, which
    # add the Canadian address form to AddressCreateView and AddressUpdateView here.
    path("dashboard/orders/", _as_oscar_guards_it("orders_dashboard", "order-list", OrderListView.as_view()),
         name="order-list"),
    path("dashboard/reviews/", _as_oscar_guards_it("reviews_dashboard", "reviews-list", ReviewListView.as_view()),
         name="reviews-list"),
    path("dashboard/users/", _as_oscar_guards_it("users_dashboard", "users-index", UserListView.as_view()),
         name="users-index"),
]
