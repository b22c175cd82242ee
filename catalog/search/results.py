"""What every browse and search page does on top of Oscar: load each result page's products
in bulk, answer 404 for pages that do not exist and 400 for oversized queries."""
from django.conf import settings
from django.shortcuts import render
from haystack.generic_views import FacetedSearchView as HaystackFacetedSearchView

MAX_QUERY_LENGTH = 200


class FastResultsMixin:
    def get(self, request, *args, **kwargs):
        if len(request.GET.get("q", "")) > MAX_QUERY_LENGTH:
            return render(
                request,
                "oscar/search/query_too_long.html",
                {"max_length": MAX_QUERY_LENGTH},
                status=400,
            )
        # Oscar's browse views turn a bad page number into a redirect to page one; a page
        # that does not exist is a 404, so go straight to Haystack's handler.
        return HaystackFacetedSearchView.get(self, request, *args, **kwargs)

    def get_queryset(self):
        # Without load_all() each result fetches its product on its own (about 6 queries a card).
        return super().get_queryset().load_all()

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        allowed = settings.OSCAR_SEARCH_FACETS["fields"].keys()
        kwargs["selected_facets"] = [
            facet
            for facet in kwargs.get("selected_facets", [])
            if facet.partition(":")[0] in allowed
        ]
        return kwargs
