from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from oscar.apps.basket import middleware as basket_middleware
from oscar.core.loading import get_class

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


class BasketMiddleware(basket_middleware.BasketMiddleware):
    """Oscar's basket middleware, one query lighter on every page with a basket."""

    def apply_offers_to_basket(self, request, basket):
        # Oscar asks ``basket.is_empty``, a COUNT query, and the header then loads the lines
        # anyway; loading them here answers both with one query.
        if basket.id is not None and len(basket.all_lines()):
            Applicator().apply(basket, request.user, request)
