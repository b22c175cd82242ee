from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "catalog.courses"
    label = "courses"
    verbose_name = "Online courses"
    default_auto_field = "django.db.models.BigAutoField"
