from django.apps import AppConfig


class ChatConfig(AppConfig):
    name = "bodybest.chat"
    label = "chat"
    verbose_name = "Chat with us"
    default_auto_field = "django.db.models.BigAutoField"
