"""Sign-in and registration views: Oscar's and Django's, with the changes login throttling
(bodybest/login_throttle.py) and the storefront password need. bodybest/urls.py mounts them
ahead of Oscar's URLs at the same paths, so every `{% url %}` still finds them."""
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import login as auth_login
from oscar.apps.customer import views as customer_views
from oscar.apps.customer.signals import user_registered
from oscar.apps.dashboard import views as dashboard_views

from bodybest.redirects import SafeRedirectUrlMixin

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


class AccountAuthView(SafeRedirectUrlMixin, SignInAfterRegistrationMixin, customer_views.AccountAuthView):
    pass


class AccountRegistrationView(SignInAfterRegistrationMixin, customer_views.AccountRegistrationView):
    pass


class StaffLoginView(dashboard_views.LoginView):
    """The dashboard's login, for staff only. It is exempt from the storefront password
    (STOREFRONT_GATE_EXEMPT_PREFIXES), so with Oscar's form any customer could sign in behind
    the closed store; Django admin's form refuses accounts that are not staff, with the same
    message as a wrong password."""

    authentication_form = AdminAuthenticationForm

