from oscar.apps.search import apps


class SearchConfig(apps.SearchConfig):
    """Fork of Oscar's search (label ``search``), nested in catalog/ because it only searches
    the catalogue. Oscar's Haystack views are replaced by ours on the search engine
    (catalog/search/engine/): the catalogue, category and search pages, with filters."""

    name = "catalog.search"

    def ready(self):
        super().ready()
        from . import labels, signals

        signals.connect()
        labels.connect()
