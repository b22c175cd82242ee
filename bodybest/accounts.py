"""Sign-in and registration views: Oscar's and Django's, with the changes login throttling
(bodybest/login_throttle.py) and the storefront password need. bodybest/urls.py mounts them
ahead of Oscar's URLs at the same paths, so every `{% url %}` still finds them."""
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth.signals import user_login_failed
from oscar.apps.customer import views as customer_views
from oscar.apps.customer.signals import user_registered
from oscar.apps.customer.utils import normalise_email
from oscar.apps.dashboard import views as dashboard_views

from bodybest import oscar_guards
from bodybest.login_throttle import lockout_response
from bodybest.redirects import SafeRedirectUrlMixin
from checkout.forms import AddressBookForm

BACKEND = "bodybest.auth_backends.EmailBackend"


class SignInAfterRegistrationMixin:
    def register_user(self, form):
        """Oscar's registration, signing the new customer in directly. Oscar checks the password
        it has just saved with authenticate() and no request, which the login throttle refuses
        (it counts per client address), and which cost a second full password hash. (Oscar
        also used that check to catch a form posted twice at once; the sign-in backend now
        refuses two accounts sharing an address and a password instead of failing.)"""
        user = form.save()
        user_registered.send_robust(sender=self, request=self.request, user=user)
        if getattr(settings, "OSCAR_SEND_REGISTRATION_EMAIL", True):
            self.send_registration_email(user)
        auth_login(self.request, user, backend=BACKEND)
        return user

    # Registration must say when an address already has an account (a new account is signed
    # in at once, so there is no answering both alike). What it can do is tell no more than
    # signing in would: a taken address counts as a failed sign-in for that address from this
    # client, and a client the login throttle has stopped cannot register at all meanwhile.

    def registration_throttled(self, email):
        return not AxesProxyHandler.is_allowed(self.request, {"username": email})

    def count_taken_address(self, form, email):
        if "email" in form.errors and get_user_model()._default_manager.filter(
                email__iexact=normalise_email(email)).exists():
            user_login_failed.send(sender=type(self), credentials={"username": email}, request=self.request)


class AccountAuthView(SafeRedirectUrlMixin, SignInAfterRegistrationMixin, customer_views.AccountAuthView):
    def validate_registration_form(self):
        email = self.request.POST.get(f"{self.registration_prefix}-email", "")
        if self.registration_throttled(email):
            return lockout_response(self.request)
        response = super().validate_registration_form()
        form = getattr(response, "context_data", {}).get("registration_form")
        if form is not None and form.is_bound:
            self.count_taken_address(form, email)
        return response


class AccountRegistrationView(SignInAfterRegistrationMixin, customer_views.AccountRegistrationView):
    def post(self, request, *args, **kwargs):
        if self.registration_throttled(request.POST.get("email", "")):
            return lockout_response(request)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        self.count_taken_address(form, self.request.POST.get("email", ""))
        return super().form_invalid(form)


class StaffAuthenticationForm(AdminAuthenticationForm):
    """Django admin's form, its first field named for what staff type: their email address
    (the username works too, bodybest/auth_backends.py)."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "Email address or username"
        self.fields["username"].widget.attrs["autocomplete"] = "username"


class StaffLoginView(dashboard_views.LoginView):
    """The dashboard's login, for staff only. It is exempt from the storefront password
    (STOREFRONT_GATE_EXEMPT_PREFIXES), so with Oscar's form any customer could sign in behind
    the closed store; Django admin's form refuses accounts that are not staff, with the same
    message as a wrong password."""

    authentication_form = StaffAuthenticationForm



class CanadianAddressBook:
    """The account pages' address book with the checkout's Canadian address rules and words
    (Oscar's form asked for a "State/County" and a third line, and offered every country), so
    what a customer saves there ships as saved; a refused address answers 400."""

    form_class = AddressBookForm

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class AddressCreateView(CanadianAddressBook, oscar_guards.AddressCreateView):
    pass


class AddressUpdateView(CanadianAddressBook, oscar_guards.AddressUpdateView):
    pass
