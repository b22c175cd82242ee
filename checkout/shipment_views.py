"""The dashboard's "Ship" page for one order (linked from the order page): each line with what
is left to ship, a quantity box per line, the carrier and the tracking number. The rules are
checkout/shipments.py's; a refusal shows its message, with a 400, and nothing is saved."""
from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model
from oscar.views.decorators import permissions_required

from bodybest.roles import CHANGE_ORDER
from checkout import carriers
from checkout.shipments import SHIPPABLE_STATUSES, ShipmentRefused, remaining, ship_lines

Order = get_model("order", "Order")
SHIP_PERMISSIONS = ["is_staff", "order.view_order", CHANGE_ORDER]
TEMPLATE = "checkout/dashboard/ship_form.html"


class ShipForm(forms.Form):
    carrier = forms.ChoiceField(label="Carrier", choices=[("", "Choose…"), *carriers.CHOICES],
                                error_messages={"required": "Choose the carrier.",
                                                "invalid_choice": "Choose one of the carriers listed."})
    tracking_number = forms.CharField(label="Tracking number", max_length=60,
                                      error_messages={"required": "Enter the tracking number."})

    def __init__(self, rows, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for line, left in rows:
            self.fields[f"qty_{line.pk}"] = forms.IntegerField(
                label=f"Quantity of {line.title} in this parcel", required=False, min_value=0,
                max_value=max(left, 0), initial=0,
                error_messages={"invalid": f"Enter the quantity of “{line.title}” as a whole number.",
                                "min_value": "Quantities cannot be negative.",
                                "max_value": f"Only {left} of “{line.title}” left to ship."})

    def line_fields(self):
        return [(line, left, self[f"qty_{line.pk}"]) for line, left in self.rows]

    def quantities(self):
        return {line.pk: self.cleaned_data.get(f"qty_{line.pk}") or 0 for line, _ in self.rows}


@permissions_required(SHIP_PERMISSIONS, login_url=reverse_lazy("dashboard:login"))
@require_http_methods(["GET", "POST"])
def ship_view(request, number):
    order = get_object_or_404(Order, number=number)
    rows = remaining(order)
    form = ShipForm(rows, request.POST or None)
    if request.method == "GET":
        return _page(request, order, form)
    if form.is_valid():
        try:
            shipment = ship_lines(order=order, quantities=form.quantities(),
                                  carrier=form.cleaned_data["carrier"],
                                  tracking_number=form.cleaned_data["tracking_number"],
                                  staff_user=request.user)
        except ShipmentRefused as refused:
            form.add_error(None, refused.message)
        else:
            slip = reverse("order-packing-slip", kwargs={"number": order.number, "shipment": shipment.pk})
            messages.success(request, format_html(
                "Shipped with {} ({}); the customer is mailed the tracking link. "
                '<a href="{}" class="alert-link">Download the packing slip</a> for the parcel.',
                shipment.carrier_name, shipment.tracking_number, slip), extra_tags="safe")
            return redirect("dashboard:order-detail", number=order.number)
    return _page(request, order, form, status=400)


def _page(request, order, form, status=200):
    return render(request, TEMPLATE, {
        "order": order, "form": form, "shippable": order.status in SHIPPABLE_STATUSES,
        "nothing_left": all(left <= 0 for _, left in form.rows)}, status=status)
