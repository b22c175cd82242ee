"""The ASGI application: what the uvicorn nodes run to serve the chat's live streams.

In production gunicorn (bodybest/wsgi.py) serves the pages and the proxy sends only the
event streams (/chat/c/<id>/events/ and staff's under /dashboard/chat/) here, where each open
stream is an async generator on the event loop instead of a thread (bodybest/chat/stream.py).
The same Django project answers every other address too, so a mis-routed request still works."""
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")
application = get_asgi_application()
