from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .. import suggestions


@require_safe
def suggest_view(request):
    """JSON for the site search's suggestion list (static/bodybest/js/search-suggest.js)."""
    try:
        found = suggestions.suggest(request.GET.get("q", ""))
    except suggestions.TooLong:
        return JsonResponse(
            {"error": _("Type at most %(max)d characters.") % {"max": suggestions.MAX_LENGTH}}, status=400)
    response = JsonResponse(found.as_json())
    # The browser's own cache only: the response may carry the visitor's cookies.
    response["Cache-Control"] = "private, max-age=60"
    return response
