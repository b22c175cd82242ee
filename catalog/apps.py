from oscar.apps.catalogue import apps


class CatalogueConfig(apps.CatalogueConfig):
    """Fork of Oscar's catalogue; keeps the label ``catalogue`` so Oscar's loader finds it."""

    name = "catalog"

    def ready(self):
        super().ready()
        from . import analytics, navigation

        analytics.connect()
        navigation.connect()
