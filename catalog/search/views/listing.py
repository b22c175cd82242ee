"""What the catalogue, category and search pages share: the shopper's query string read by
``browse.listing``, a refused one answered 400 with the reason, a page past the last 404."""
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from .. import browse
from ..engine.filters import MAX_PAGE

MAX_QUERY_LENGTH = 200


class ListingView(TemplateView):
    def get(self, request, *args, **kwargs):
        query = request.GET.get("q", "")
        if len(query) > MAX_QUERY_LENGTH:
            return self.refuse(
                _("Searches are limited to %(n)s characters. Please shorten your search and try again.")
                % {"n": MAX_QUERY_LENGTH}
            )
        self.page_number()
        try:
            self.listing = browse.listing(request.GET, query=self.search_query(), category=self.listing_category())
        except ValueError as refusal:
            return self.refuse(str(refusal))
        if not self.listing.products.ids and self.listing.page > 1:
            raise Http404(_("There is no such page."))
        return super().get(request, *args, **kwargs)

    def page_number(self):
        """Page numbers that cannot exist are a 404, as they were under Oscar."""
        page = self.request.GET.get("page", "1")
        if not (page.isascii() and page.isdigit()) or not 1 <= int(page) <= MAX_PAGE:
            raise Http404(_("There is no such page."))

    def search_query(self):
        return ""

    def listing_category(self):
        return None

    def refuse(self, reason):
        return render(
            self.request,
            "oscar/search/refused.html",
            {"reason": reason, "start_over_url": self.request.path},
            status=400,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = browse.ResultsPaginator(self.listing)
        page_obj = paginator.page(self.listing.page)
        context.update(
            listing=self.listing,
            products=page_obj.object_list,
            paginator=paginator,
            page_obj=page_obj,
        )
        return context
