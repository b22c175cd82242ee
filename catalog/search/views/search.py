from .listing import ListingView


class FacetedSearchView(ListingView):
    """The site search: the products matching the words, best match first, with filters."""

    template_name = "oscar/search/results.html"

    def search_query(self):
        return self.request.GET.get("q", "").strip()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["query"] = self.listing.query
        return context
