from oscar.apps.catalogue import apps


class CatalogueConfig(apps.CatalogueConfig):
    """Fork of Oscar's catalogue; keeps the label ``catalogue`` so Oscar's loader finds it."""

    name = "catalog"

    def ready(self):
        super().ready()
        from django.contrib.auth.signals import user_logged_in

        from . import analytics_receivers, comparison_list, navigation, offers
        from .alerts import signals as alert_signals, tasks as alert_tasks  # noqa: F401  (registers the task)

        analytics_receivers.connect()
        navigation.connect()
        alert_signals.connect()
        offers.connect()
        user_logged_in.connect(comparison_list.merge_on_login, dispatch_uid="comparison-merge-on-login")
