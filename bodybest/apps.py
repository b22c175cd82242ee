from django.apps import AppConfig


class BodyBestConfig(AppConfig):
    """The site itself: store pages, contact form, password gate, health check, demo data."""

    name = "bodybest"
    verbose_name = "Body Best store"
    default_auto_field = "django.db.models.AutoField"

    def ready(self):
        from django.conf import settings
        from PIL import Image

        # Pillow refuses to decode anything over twice this (and warns over it); the upload
        # checks in bodybest/images.py refuse over it before decoding.
        Image.MAX_IMAGE_PIXELS = settings.IMAGE_MAX_PIXELS

        from bodybest import checks  # noqa: F401  (registers the shared-cache start-up checks)
        from bodybest import page_cache, visitor_parts

        page_cache.connect()
        visitor_parts.connect()

        from bodybest import content_languages

        content_languages.connect()

        from django.db.models.signals import post_migrate

        from bodybest import roles

        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="bodybest-staff-roles")
