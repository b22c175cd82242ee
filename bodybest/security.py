"""Response headers and request limits the whole site shares.

- ``ContentSecurityPolicyMiddleware``: django-csp's middleware, with Stripe's origins added only
  on the checkout pages, read from the settings at request time (the local fake Stripe's address
  is known only once it runs).
- ``RequestSizeLimitMiddleware``: refuses a body larger than the path allows from its
  Content-Length alone, before Django reads (or spools to disk) a byte of it.
- ``rate_limited``: a view decorator answering 429 with a page in our words once a client has
  posted too often.
"""
from functools import wraps
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django_ratelimit.core import is_ratelimited

from bodybest.language import without_prefix


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def stripe_sources():
    """The CSP directives Stripe.js needs (https://docs.stripe.com/security/guide#content-security-policy),
    or those of the local fake Stripe when the store runs on it."""
    if settings.STRIPE_LOCAL:
        local = _origin(settings.STRIPE_JS_URL)
        api = _origin(settings.STRIPE_API_BASE) or local
        return {"script-src": [local], "connect-src": sorted({local, api}), "frame-src": [local]}
    return {
        "script-src": ["https://js.stripe.com", "https://*.js.stripe.com"],
        "connect-src": ["https://api.stripe.com"],
        "frame-src": ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
    }


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """CONTENT_SECURITY_POLICY on every response; Stripe's origins only where a card is paid."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # The checkout in either language: /checkout/ and /fr/checkout/ (bodybest/language.py).
        if not report_only and without_prefix(request.path_info).startswith(settings.CSP_STRIPE_PATH_PREFIXES):
            update = dict(parts.update or {})
            for directive, sources in stripe_sources().items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
        return parts


def request_byte_limit(path):
    """The largest request body, in bytes, a request to ``path`` may send (a French page's as
    its English page's)."""
    if without_prefix(path).startswith(settings.UPLOAD_PATH_PREFIXES):
        return settings.MAX_UPLOAD_REQUEST_BYTES
    return settings.MAX_REQUEST_BYTES


class RequestSizeLimitMiddleware:
    """413 for a declared body over the path's limit; 411 for a body of unknown length.

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not count file parts, so without this a 150 MB
    upload was received and written to a temporary file before any form saw it. A chunked body
    (no Content-Length) is refused too: Django's WSGI request would read nothing of it anyway.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = request_byte_limit(request.path_info)
        if "HTTP_TRANSFER_ENCODING" in request.META and not request.META.get("CONTENT_LENGTH"):
            return _refusal(request, 411, limit)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django treats an unreadable length as no body
        if length > limit:
            return _refusal(request, 413, limit)
        return self.get_response(request)


def _refusal(request, status, limit):
    body = render_to_string("413.html", {"status": status, "limit_mb": _megabytes(limit)})
    return HttpResponse(body, status=status)


def _megabytes(limit):
    mb = limit / (1024 * 1024)
    return f"{mb:.0f}" if mb >= 1 else f"{mb:.1f}"


def rate_limited(*, group, rate_setting, template, methods=("POST",)):
    """Answer 429 with ``template`` once one client address has made more than the rate named by
    ``rate_setting`` (e.g. "5/h") of ``methods`` requests to the view."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods and is_ratelimited(
                request, group=group, key="ip", rate=getattr(settings, rate_setting), increment=True
            ):
                return render(request, template, status=429)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
