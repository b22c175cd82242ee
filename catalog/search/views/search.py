from oscar.apps.search.views import search

from ..results import FastResultsMixin


class FacetedSearchView(FastResultsMixin, search.FacetedSearchView):
    pass
