"""Where a form, a link's ``next`` or a ``Referer`` may send the shopper afterwards.

Django's ``redirect()`` reads a string without a slash or a dot as a view name: ``next=abc``
was a NoReverseMatch (a 500), and ``next=store-home`` a redirect chosen by URL name. Every place
that redirects to an address it was given takes it through ``safe_next`` first, which accepts
only a path on this site (a leading '/') or an absolute URL of this host, returned as its path.
"""
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

MAX_LENGTH = 2000  # longer than any address of ours, with its query


def local_path(request, value):
    """The site path ``value`` names (with its query), or None if it is not one of ours."""
    if not isinstance(value, str) or not value or len(value) > MAX_LENGTH:
        return None
    if any(ord(character) < 32 or ord(character) == 127 for character in value):
        return None
    if not url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:  # an unbalanced IPv6 bracket, for one
        return None
    if not parts.path.startswith("/") or parts.path.startswith("//"):
        return None
    if value.startswith("/"):
        return value
    return parts.path + (f"?{parts.query}" if parts.query else "")


def safe_next(request, value, fallback):
    """``value`` as a path on this site if it is one, otherwise ``fallback`` (a path or URL name
    of our own choosing, never the visitor's)."""
    path = local_path(request, value)
    return fallback if path is None else path


def is_malformed_referer(value):
    """A Referer that is neither an absolute http(s) URL nor a path: what no browser sends.

    Oscar's ``redirect_to_referrer`` hands such a value to ``redirect()``, which reads it as a
    view name; dropping the header lets Oscar fall back to its own default."""
    if not value:
        return False
    if value.startswith("/"):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return True
    return parts.scheme not in ("http", "https") or not parts.netloc


class SafeRedirectUrlMixin:
    """For Oscar's sign-in and registration views: their ``redirect_url`` field passes Oscar's
    host check as a bare word, which ``redirect()`` then read as a view name (a 500)."""

    def get_login_success_url(self, form):
        return safe_next(self.request, super().get_login_success_url(form), settings.LOGIN_REDIRECT_URL)

    def get_registration_success_url(self, form):
        return safe_next(self.request, super().get_registration_success_url(form),
                         settings.LOGIN_REDIRECT_URL)
