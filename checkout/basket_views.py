"""Oscar's basket page and saved-for-later list, refusing a formset Django should not build.

Oscar's basket app is not forked: bodybest/urls.py mounts these subclasses at Oscar's paths,
ahead of Oscar's URLs. A post whose management form is missing or incomplete, or counts more
forms than the basket has lines, was a 500 (Oscar copies MIN_NUM_FORMS and MAX_NUM_FORMS back
after a removal, unchecked) or had Django build up to 2,000 empty forms, about a second of CPU.
Such a post is refused before any form is built, with a message and a 400.
"""
from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy
from oscar.core import ajax
from oscar.core.loading import get_class
from oscar.core.utils import is_ajax

OscarBasketView = get_class("basket.views", "BasketView")
OscarSavedView = get_class("basket.views", "SavedView")

STALE = gettext_lazy("Your basket changed since this page was shown (in another window, perhaps), "
                     "so nothing was updated. Here it is as it is now; please make your change again.")
MANAGEMENT_FIELDS = ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")


def management_form_fits(data, prefix, lines):
    """True when the posted management form of formset `prefix` is complete (our pages send
    all four counts) and counts at most `lines` forms, none of them new: a basket page has
    one form per line, and a line removed since can only lower the count."""
    if any(f"{prefix}-{name}" not in data for name in MANAGEMENT_FIELDS):
        return False
    try:
        total = int(data[f"{prefix}-TOTAL_FORMS"])
        initial = int(data[f"{prefix}-INITIAL_FORMS"])
    except ValueError:  # not a number, or more digits than Python reads
        return False
    return 0 <= total == initial <= lines


class BasketView(OscarBasketView):
    def post(self, request, *args, **kwargs):
        prefix = self.get_prefix() or self.get_formset().get_default_prefix()
        if management_form_fits(request.POST, prefix, request.basket.num_lines):
            return super().post(request, *args, **kwargs)
        return self.refuse()

    def refuse(self):
        """The basket as it is now, with the message: a 400 page, or for Oscar's basket
        script (which reads only successful answers and replaces the page with what it gets)
        the same as JSON with a 200, so that a stale page is brought up to date."""
        self.object_list = self.get_queryset()
        kwargs = self.get_formset_kwargs()
        for posted in ("data", "files", "queryset"):
            kwargs.pop(posted, None)
        formset = self.get_formset()(queryset=self.object_list, **kwargs)
        context = self.get_context_data(formset=formset, basket=self.request.basket)
        if is_ajax(self.request):
            flash = ajax.FlashMessages()
            flash.warning(STALE)
            return self.json_response(context, flash)
        messages.warning(self.request, STALE)
        return self.render_to_response(context, status=400)


class SavedView(OscarSavedView):
    def post(self, request, *args, **kwargs):
        lines = len(self.get_queryset())
        if management_form_fits(request.POST, "saved", lines):
            return super().post(request, *args, **kwargs)
        return HttpResponseBadRequest(render_to_string("400.html", {"message": STALE}, request))
