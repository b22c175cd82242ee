from oscar.apps.search import apps


class SearchConfig(apps.SearchConfig):
    """Fork of Oscar's search (label ``search``), nested in catalog/ because it only searches
    the catalogue: its views load every result page in a fixed number of queries."""

    name = "catalog.search"
