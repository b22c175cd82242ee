"""Login throttling, on django-axes (settings: the AXES_* block and LOGIN_FAILURES_PER_ADDRESS).

Axes counts failed sign-ins in the database (so it works while Redis is down) and refuses a
throttled attempt in its authentication backend, before any password is hashed. Two limits:

- per account at one client address (AXES_LOCKOUT_PARAMETERS = username with ip_address):
  someone guessing Ada's password from their own address locks only themselves out; Ada,
  from anywhere else, signs in as usual;
- per client address across all accounts (LOGIN_FAILURES_PER_ADDRESS): one address trying
  many accounts (credential stuffing) is stopped too.

A lockout ends AXES_COOLOFF_TIME after the last counted failure, and attempts made while locked
out are not counted (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT off), so nobody can keep a
lockout going by hammering it. Signing in successfully clears that account's failures at that
address, never the address's total: a guesser cannot reset their count by signing in to an
account of their own between guesses.
"""
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.shortcuts import render

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt


def login_name(request, credentials):
    """The name an attempt is counted under: what was typed, trimmed and lower-cased, so
    "ADA@example.ca" and "ada@example.ca " share one count (AXES_USERNAME_CALLABLE)."""
    typed = (credentials or {}).get("username")
    if typed is None:
        data = getattr(request, "POST", None) or {}
        typed = data.get("username") or data.get("login-username")
    name = str(typed or "").replace("\x00", "").strip().lower()[:255]
    return name or None


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with a second limit per client address."""

    def is_locked(self, request, credentials=None) -> bool:
        if super().is_locked(request, credentials):
            return True
        return self.address_failures(request) >= settings.LOGIN_FAILURES_PER_ADDRESS

    def address_failures(self, request) -> int:
        attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        return attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0

    def reset_user_attempts(self, request, credentials=None) -> int:
        """On a successful sign-in: that account's failures at this address only. Axes is
        handed the account's username; failures were counted under what was typed, usually
        the email address, so both are cleared."""
        username = get_client_username(request, credentials)
        names = {username}
        User = get_user_model()
        email = (User._default_manager.filter(**{f"{User.USERNAME_FIELD}__iexact": username})
                 .values_list("email", flat=True).first())
        if email:
            names.add(email.strip().lower())
        deleted, _ = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address, username__in=names).delete()
        return deleted


def lockout_response(request, original_response=None, credentials=None):
    """The page a throttled sign-in gets (AXES_LOCKOUT_CALLABLE): 429, in the store's look."""
    minutes = max(1, round(get_cool_off(request).total_seconds() / 60))
    return render(request, "bodybest/login_locked.html", {"cooloff_minutes": minutes},
                  status=settings.AXES_HTTP_RESPONSE_CODE)
