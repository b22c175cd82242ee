import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")
django_application = get_wsgi_application()

from bodybest.page_front import FrontPageCache  # noqa: E402  (settings first)

# Kept pages for visitors with nothing of their own, answered before Django (bodybest/page_front.py).
application = FrontPageCache(django_application)
