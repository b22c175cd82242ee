from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from oscar.apps.checkout import views
from oscar.core.loading import get_model

from checkout.forms import AddressBookForm

UserAddress = get_model("address", "UserAddress")


class IndexView(views.IndexView):
    def get_form_kwargs(self):
        """Oscar's gateway signs returning customers in (Django's AuthenticationForm) without
        giving the form the request; the login throttle (django-axes) needs it to count the
        attempt, and refuses a sign-in without one."""
        return {**super().get_form_kwargs(), "request": self.request}


class ShippingAddressView(views.ShippingAddressView):
    def post(self, request, *args, **kwargs):
        """Shipping to an address from the customer's address book. Oscar looks the address up
        unguarded (a tampered id was a 500) and trusts it; the book's form does not know
        provinces or postal-code rules, so the address goes through this step's form first,
        and one that fails comes back in the form with its errors."""
        if not (request.user.is_authenticated and "address_id" in request.POST):
            return super().post(request, *args, **kwargs)
        address = UserAddress.objects.filter(
            pk=_int_or_none(request.POST.get("address_id")), user=request.user
        ).first()
        if address is None or request.POST.get("action") != "ship_to":
            messages.error(request, _("Choose one of your addresses, or enter a new one."))
            return redirect("checkout:shipping-address")
        form = self.get_form_class()(data=_form_data(address))
        if form.is_valid():
            return self.form_valid(form)
        messages.warning(request, _("This address needs a few details before we can ship to it."))
        return self.form_invalid(form)


class UserAddressUpdateView(views.UserAddressUpdateView):
    """Editing a saved address from the checkout, with the shipping address's Canadian rules
    and words (checkout/forms.py AddressBookForm)."""

    form_class = AddressBookForm


class PaymentDetailsView(views.PaymentDetailsView):
    """The card is typed on the preview page ("Review and pay"), into Stripe's own field, and
    paid through checkout/payment_views.py; this view shows that page and never places an
    order by itself."""

    def get_pre_conditions(self, request):
        """Oscar's conditions, and no order without its sales tax (checkout/session.py)."""
        return [*super().get_pre_conditions(request), "check_billing_address_when_nothing_ships",
                "check_tax_rates_are_known"]

    def get(self, request, *args, **kwargs):
        if not self.preview:
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def handle_place_order_submission(self, request):
        """A form posted without Stripe.js (scripts off, or blocked): no order without payment."""
        response = self.render_preview(
            request, error="Your card has not been charged: paying by card needs JavaScript in "
            f"your browser. You can also order by phone at {settings.STORE_PHONE}.",
        )
        response.status_code = 400
        return response

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["stripe"] = {
            "publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
            "js_url": settings.STRIPE_JS_URL,
            "local": settings.STRIPE_LOCAL,
        }
        return ctx


def _int_or_none(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


def _form_data(address):
    fields = ("title", "first_name", "last_name", "line1", "line2", "line4", "state",
              "postcode", "notes")
    data = {name: getattr(address, name, "") or "" for name in fields}
    # Our form has no third address line; one saved by Oscar's address book joins the second.
    data["line2"] = ", ".join(part for part in (data["line2"], address.line3 or "") if part)
    data["phone_number"] = str(address.phone_number or "")
    data["country"] = address.country_id  # the form refuses anything but Canada
    return data
