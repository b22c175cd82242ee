from django.apps import AppConfig


class ShopifyConfig(AppConfig):
    """Moving in from Shopify: the imports themselves (run.py, customers.py) need no models of
    their own; this app holds the staff's import jobs run from the dashboard (models.ImportJob)."""

    name = "catalog.shopify"
    label = "shopify"
    verbose_name = "Moving in from Shopify"
    default_auto_field = "django.db.models.BigAutoField"
