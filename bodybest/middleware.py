from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string


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
