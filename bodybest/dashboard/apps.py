from oscar.apps.dashboard import apps


class DashboardConfig(apps.DashboardConfig):
    """Fork of Oscar's dashboard, label ``dashboard`` kept, so Oscar's loader finds our
    ``dashboard.catalogue.forms`` (the product and category forms in both languages); every other
    dashboard module is still Oscar's."""

    name = "bodybest.dashboard"
