from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    """Subscribers who asked for new blog articles by mail, and the mail sent to them."""

    name = "blog.newsletter"
    label = "newsletter"
    verbose_name = "Newsletter"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from blog.newsletter import publishing

        publishing.connect()
