from django.apps import AppConfig


class PriceMatchConfig(AppConfig):
    """Price Match Assurance: shoppers ask us to match a Canadian competitor, staff decide."""

    name = "catalog.price_match"
    label = "price_match"
    verbose_name = "Price Match Assurance"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Registers the confirmation mail's Celery task with workers (they import tasks.py
        # modules only).
        from catalog.price_match import confirmation  # noqa: F401
