"""Storefront password, as on the retailer's current store.

When STOREFRONT_PASSWORD is set, every storefront page asks for it; the right password opens
the store for that browser session. Staff, the dashboard (and its login), the health check and
payment webhooks pass through. Attempts are rate-limited per client address.
"""
import hmac
from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from bodybest.language import without_prefix
from bodybest.redirects import safe_next

SESSION_KEY = "storefront_unlocked"


def gate_is_on() -> bool:
    return bool(settings.STOREFRONT_PASSWORD)


def password_matches(candidate: str) -> bool:
    return hmac.compare_digest(
        candidate.encode("utf-8"), settings.STOREFRONT_PASSWORD.encode("utf-8")
    )


class StorefrontPasswordMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._may_pass(request):
            return self.get_response(request)
        return redirect(f"{reverse('storefront-password')}?{urlencode({'next': request.get_full_path()})}")

    def _may_pass(self, request) -> bool:
        if not gate_is_on():
            return True
        if without_prefix(request.path).startswith(settings.STOREFRONT_GATE_EXEMPT_PREFIXES):
            return True
        if request.session.get(SESSION_KEY):
            return True
        return request.user.is_authenticated and request.user.is_staff


@require_http_methods(["GET", "POST"])
def password_view(request):
    next_url = safe_next(request, request.POST.get("next") or request.GET.get("next"), "/")
    if not gate_is_on() or request.session.get(SESSION_KEY):
        return redirect(next_url)
    context = {"next": next_url}
    if request.method == "POST":
        if is_ratelimited(
            request,
            group="storefront-password",
            key="ip",
            rate=settings.STOREFRONT_PASSWORD_RATE,
            increment=True,
        ):
            context["error"] = _("Too many attempts. Please wait a minute and try again.")
            return render(request, "bodybest/password.html", context, status=429)
        if password_matches(request.POST.get("password", "")):
            request.session.cycle_key()
            request.session[SESSION_KEY] = True
            return redirect(next_url)
        context["error"] = _("Your password is incorrect.")
        return render(request, "bodybest/password.html", context, status=403)
    return render(request, "bodybest/password.html", context)
