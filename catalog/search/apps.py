from oscar.apps.search import apps


class SearchConfig(apps.SearchConfig):
    """Fork of Oscar's search (label ``search``), nested in catalog/ because it only searches
    the catalogue. Oscar's Haystack views are replaced by ours on the search engine
    (catalog/search/engine/): the catalogue, category and search pages, with filters."""

    name = "catalog.search"

    def ready(self):
        super().ready()
        from django.db.models.signals import post_migrate

        from . import backfill, labels, signals

        signals.connect()
        labels.connect()
        post_migrate.connect(backfill.rebuild_missing_french, sender=self, dispatch_uid="search-backfill-french")
