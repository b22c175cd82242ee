from django.apps import AppConfig


class BodyBestConfig(AppConfig):
    """The site itself: store pages, contact form, password gate, health check, demo data."""

    name = "bodybest"
    verbose_name = "Body Best store"
    default_auto_field = "django.db.models.AutoField"

    def ready(self):
        from bodybest import checks  # noqa: F401  (registers the shared-cache start-up checks)
