from django.conf import settings
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http import HttpResponseBadRequest
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string
from oscar.apps.basket import middleware as basket_middleware
from oscar.core.loading import get_class

from bodybest import redirects
from checkout import basket_lines

Applicator = get_class("offer.applicator", "Applicator")


class MalformedQueryMiddleware:
    """Answer 400 at once for a query string Django refuses to parse (too many fields).

    Oscar's context processors and middleware read ``request.GET`` again while the error
    page renders, which would turn Django's own 400 into a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.GET  # noqa: B018 (parsing is the check)
        except SuspiciousOperation:
            return HttpResponseBadRequest(render_to_string("400.html"))
        return self.get_response(request)


NUL_MESSAGE = ("The address or form contained a null character, which no page or form of ours "
               "uses. Please check it and try again.")
ENCODING_MESSAGE = "This form could not be read: forms must be sent as UTF-8 text."


def _bad_request(message):
    return HttpResponseBadRequest(render_to_string("400.html", {"message": message}))


def _has_nul(query_dict):
    return any("\x00" in key or any("\x00" in value for value in values)
               for key, values in query_dict.lists())


class UnreadableInputMiddleware:
    """Refuse, with a 400 and before any view or query runs, input no page of ours can take.

    - A null character in the path, the query or a posted form: PostgreSQL refuses to store or
      compare text holding one, so a wishlist key, an order number or a recorded search with
      ``%00`` in it was a 500.
    - A form body Django cannot decode (a ``charset`` other than UTF-8, a broken multipart
      body): Django raises while the CSRF check reads the form, and the error page, which
      reads the form again, turned that into a 500.
    - A Referer that is not a URL is dropped (see ``redirects.is_malformed_referer``), and a
      cookie holding a null character is ignored rather than looked up.

    Views exempt from CSRF (the signed Stripe webhook) read their own bodies: their forms are
    left unparsed here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or _has_nul(request.GET):
            return _bad_request(NUL_MESSAGE)
        if redirects.is_malformed_referer(request.META.get("HTTP_REFERER")):
            del request.META["HTTP_REFERER"]
        for name, value in list(request.COOKIES.items()):
            if "\x00" in name or "\x00" in value:
                del request.COOKIES[name]
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or getattr(view_func, "csrf_exempt", False):
            return None
        try:
            form = request.POST
        except (BadRequest, MultiPartParserError, UnicodeDecodeError):
            request._mark_post_parse_error()  # as Django does: nothing after us parses it again
            return _bad_request(ENCODING_MESSAGE)
        if _has_nul(form):
            return _bad_request(NUL_MESSAGE)
        return None


class BasketMiddleware(basket_middleware.BasketMiddleware):
    """Oscar's basket middleware, one query lighter on every page with a basket, and its
    anonymous-basket cookie SameSite like the session's (Oscar sets no SameSite on it)."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        cookie = response.cookies.get(self.get_cookie_key(request))
        if cookie is not None and not cookie["samesite"]:
            cookie["samesite"] = settings.SESSION_COOKIE_SAMESITE
        return response

    def apply_offers_to_basket(self, request, basket):
        # Oscar asks ``basket.is_empty``, a COUNT query, and the header then loads the lines
        # anyway; loading them here answers both with one query. The lines come with their
        # products' class, parent, images and stock records (checkout/basket_lines.py), so the
        # pages showing them cost the same however many lines there are.
        if basket.id is not None and len(basket_lines.prefetch_lines(basket)):
            Applicator().apply(basket, request.user, request)
