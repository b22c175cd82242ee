from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "catalog.courses"
    label = "courses"
    verbose_name = "Online courses"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from oscar.apps.order.signals import order_status_changed

        from catalog.courses.enrolments import on_status_changed

        order_status_changed.connect(on_status_changed, dispatch_uid="courses-enrol-paid-order")
