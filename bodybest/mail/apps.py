from django.apps import AppConfig


class MailConfig(AppConfig):
    """Transactional mail sent exactly once: one row per message, claimed, marked, swept."""

    name = "bodybest.mail"
    label = "mail"
    verbose_name = "Outgoing mail"
    default_auto_field = "django.db.models.BigAutoField"
