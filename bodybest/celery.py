"""The Celery app. Workers: `celery -A bodybest worker`; schedule: `celery -A bodybest beat`."""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")

app = Celery("bodybest")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
