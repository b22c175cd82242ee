"""Settings for the store run as a real server by a test (tests/bodybest/test_redis_down.py):
production's own (DEBUG off, set by the environment), except that static files are named as
they are in the source folders, so no collectstatic manifest has to be built first."""
from bodybest.settings import *  # noqa: F401,F403

STORAGES = {**STORAGES, "staticfiles": {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
