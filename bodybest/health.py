"""/healthz for load balancers and monitoring: 200 when the database, the cache and the Celery
broker answer, 503 naming the one that does not.

The cache is asked directly (``ping()``), past the fail-soft layer of bodybest/cache.py that
lets pages carry on without Redis: the store may be serving, but it is degraded and someone
should know. ``outbox`` counts tasks waiting for the broker (bodybest/outbox.py); it is
information, not a failure.
"""
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)
TIMEOUT_SECONDS = 1.0


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any driver error means "not answering"
        logger.exception("Health check: database did not answer")
        return False


def _cache_ok() -> bool:
    try:
        if hasattr(cache, "ping"):
            return bool(cache.ping())
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:
        logger.warning("Health check: cache did not answer", exc_info=True)
        return False


def _broker_ok() -> bool:
    """Whether the Celery broker takes connections (no broker in eager mode: not checked)."""
    from bodybest.celery import app

    try:
        if settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
            import redis

            client = redis.Redis.from_url(settings.CELERY_BROKER_URL,
                                          socket_connect_timeout=TIMEOUT_SECONDS,
                                          socket_timeout=TIMEOUT_SECONDS)
            try:
                return bool(client.ping())
            finally:
                client.close()
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=TIMEOUT_SECONDS)
        return True
    except Exception:
        logger.warning("Health check: Celery broker did not answer", exc_info=True)
        return False


def _outbox_waiting():
    try:
        from bodybest.models import OutboxTask

        return OutboxTask.objects.count()
    except Exception:
        return None


@transaction.non_atomic_requests
@never_cache
@require_GET
def healthz(request):
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        checks["broker"] = _broker_ok()
    status = 200 if all(checks.values()) else 503
    body = {name: "ok" if ok else "unavailable" for name, ok in checks.items()}
    if "broker" in checks and checks["database"]:
        body["outbox"] = _outbox_waiting()
    return JsonResponse({"status": "ok" if status == 200 else "unavailable", **body}, status=status)
