"""The dashboard's refund page for one order (linked from Oscar's order page): how much the
card paid, how much went back already, and a form to give back all or part of the rest.
The rules are checkout/refunds.py's; this page only asks and reports."""
from decimal import Decimal

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model
from oscar.views.decorators import permissions_required

from bodybest.roles import PAGES
from checkout.models import CardPayment
from checkout.refunds import REASON_MAX_LENGTH, RefundRefused, clean_reason, dollars, refund_order

Order = get_model("order", "Order")

# Only the store's own staff give money back (not partner users), with the refund permission of
# their role (bodybest/roles.py: Customer service, Owner).
REFUND_PERMISSIONS = ["is_staff", *PAGES["order-refund"]]
TEMPLATE = "checkout/dashboard/refund_form.html"


class RefundForm(forms.Form):
    amount = forms.DecimalField(
        label="Amount to refund (CAD, tax included)", min_value=Decimal("0.01"),
        max_digits=12, decimal_places=2,
        error_messages={
            "required": "Enter the amount to refund.",
            "invalid": "Enter the amount as a number, like 25.00.",
            "min_value": "Enter an amount above $0.00.",
            "max_decimal_places": "Enter the amount in dollars and cents (at most 2 decimal places).",
            "max_digits": "That amount is more than this order's card payment.",
            "max_whole_digits": "That amount is more than this order's card payment.",
        },
    )
    reason = forms.CharField(
        label="Reason", max_length=REASON_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Kept in the order's notes with your name.",
        error_messages={"required": "Give the reason for the refund."},
    )
    # What was refunded when the page was shown; a double press, or a colleague's refund in
    # between, makes it stale and the refund is refused (checkout/refunds.py).
    already_refunded = forms.DecimalField(widget=forms.HiddenInput, max_digits=12, decimal_places=2)

    def __init__(self, payment, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.payment = payment
        self.fields["amount"].widget.attrs["max"] = str(payment.refundable)
        self.fields["amount"].help_text = f"At most {dollars(payment.refundable)}."

    def clean_reason(self):
        try:
            return clean_reason(self.cleaned_data["reason"])
        except RefundRefused as refused:
            raise forms.ValidationError(refused.message) from None

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount > self.payment.refundable:
            raise forms.ValidationError(
                f"You can refund at most {dollars(self.payment.refundable)} on this order.")
        return amount


@transaction.non_atomic_requests  # refund_order commits its own work around the Stripe call
@permissions_required(REFUND_PERMISSIONS, login_url=reverse_lazy("dashboard:login"))
@require_http_methods(["GET", "POST"])
def refund_view(request, number):
    order = get_object_or_404(Order, number=number)
    payment = CardPayment.objects.filter(order=order, status=CardPayment.CAPTURED).first()
    if payment is None or payment.refundable <= 0:
        messages.info(request, "Nothing is left to refund to a card on this order.")
        return redirect("dashboard:order-detail", number=order.number)
    initial = {"amount": payment.refundable, "already_refunded": payment.amount_refunded}
    form = RefundForm(payment, request.POST or None, initial=initial)
    if request.method == "GET":
        return _page(request, order, payment, form)
    if form.is_valid():
        amount = form.cleaned_data["amount"]
        try:
            refund_order(order, amount, form.cleaned_data["reason"], request.user,
                         already_refunded=form.cleaned_data["already_refunded"])
        except RefundRefused as refused:
            form.add_error(None, refused.message)
            payment.refresh_from_db()
        else:
            messages.success(request, f"Refunded {dollars(amount)} to the customer's card.")
            return redirect("dashboard:order-detail", number=order.number)
    return _page(request, order, payment, form, status=400)


def _page(request, order, payment, form, status=200):
    return render(request, TEMPLATE, {"order": order, "payment": payment, "form": form},
                  status=status)
