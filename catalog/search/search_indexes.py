from haystack import indexes
from oscar.apps.search import search_indexes as oscar_indexes

from catalog.listing import card_queryset


class ProductIndex(oscar_indexes.ProductIndex, indexes.Indexable):
    """Oscar's product index, loading result pages with everything a product card shows.

    Oscar's index is imported as a module so that Haystack registers only this one."""

    def read_queryset(self, using=None):
        return card_queryset()
