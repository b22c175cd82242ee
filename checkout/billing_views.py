"""The billing address of a basket that ships nothing (online courses only): Oscar skips the
shipping steps for it, and the sales tax on a digital service follows the buyer's province, so
this step asks the billing address before "Review and pay" (checkout/session.py taxes by it)."""
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.views.generic import FormView
from oscar.apps.payment import forms as payment_forms
from oscar.core.loading import get_class

from checkout.forms import CanadianAddress

CheckoutSessionMixin = get_class("checkout.session", "CheckoutSessionMixin")


class BillingAddressForm(CanadianAddress, payment_forms.BillingAddressForm):
    """A Canadian billing address: no delivery notes and no phone number (a billing address
    keeps none)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("notes", None)
        self.fields.pop("phone_number", None)


class BillingAddressView(CheckoutSessionMixin, FormView):
    template_name = "oscar/checkout/billing_address.html"
    form_class = BillingAddressForm
    success_url = reverse_lazy("checkout:preview")
    pre_conditions = ["check_basket_is_not_empty", "check_basket_is_valid", "check_user_email_is_captured"]

    def get(self, request, *args, **kwargs):
        if request.basket.is_shipping_required():
            return redirect("checkout:shipping-address")
        return super().get(request, *args, **kwargs)

    def get_initial(self):
        return self.checkout_session.new_billing_address_fields() or {}

    def form_valid(self, form):
        fields = {name: value for name, value in form.cleaned_data.items()
                  if name in ("title", "first_name", "last_name", "line1", "line2", "line4", "state",
                              "postcode")}
        fields["country_id"] = form.instance.country_id or "CA"
        self.checkout_session.bill_to_new_address(fields)
        return super().form_valid(form)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response
