"""The late-orders page (dashboard/late-orders/): the limit in business days that makes a paid,
unshipped order late, for Owner and Fulfilment to change, above the late orders themselves.
A limit outside 1 to 30, or not a whole number, answers 400 with its message and saves nothing."""
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from bodybest.roles import page_required
from checkout.late_order_models import ShipmentDeadline
from checkout.late_orders import MAX_DAYS, MIN_DAYS, current_days, late_orders, waiting_rows

RANGE_MESSAGE = f"Enter a whole number of business days from {MIN_DAYS} to {MAX_DAYS}."


class DeadlineForm(forms.Form):
    business_days = forms.IntegerField(
        label="Business days a paid order may wait to ship", min_value=MIN_DAYS, max_value=MAX_DAYS,
        error_messages={"required": RANGE_MESSAGE, "invalid": RANGE_MESSAGE,
                        "min_value": RANGE_MESSAGE, "max_value": RANGE_MESSAGE})


@page_required("late-orders-dashboard:settings")  # Owner and Fulfilment (bodybest/roles.py)
@require_http_methods(["GET", "POST"])
def settings_view(request):
    days = current_days()
    if request.method == "POST":
        form = DeadlineForm(request.POST)
        if form.is_valid():
            new = form.cleaned_data["business_days"]
            ShipmentDeadline.objects.update_or_create(
                pk=ShipmentDeadline.ONLY, defaults={"business_days": new, "changed_by": request.user})
            messages.success(request, f"Orders are now late after {new} business days.")
            return redirect("late-orders-dashboard:settings")
        return _page(request, form, days, status=400)
    return _page(request, DeadlineForm(initial={"business_days": days}), days)


def _page(request, form, days, status=200):
    now = timezone.now()
    rows = waiting_rows(late_orders(now, days), now)
    return render(request, "checkout/dashboard/late_orders.html",
                  {"form": form, "days": days, "rows": rows}, status=status)
