"""Start-up warnings for settings that only work in one process.

A local-memory cache belongs to one process. gunicorn runs several, and Celery workers are
others: whatever must be the same for all of them cannot live there. The embedded default
keeps sessions in the database for this reason (bodybest/settings.py); these checks speak up
when a deployment puts something shared back into local memory.
"""
from django.conf import settings
from django.core import checks

LOCAL_MEMORY = "django.core.cache.backends.locmem.LocMemCache"
CACHED_SESSIONS = ("django.contrib.sessions.backends.cache", "django.contrib.sessions.backends.cached_db")


def _is_local_memory(alias):
    return settings.CACHES.get(alias, {}).get("BACKEND") == LOCAL_MEMORY


@checks.register(checks.Tags.caches)
def shared_state_is_not_in_local_memory(app_configs, **kwargs):
    problems = []
    if settings.SESSION_ENGINE in CACHED_SESSIONS and _is_local_memory(settings.SESSION_CACHE_ALIAS):
        problems.append(checks.Warning(
            "Sessions are cached in a local-memory cache: each process (gunicorn worker) keeps "
            "its own copy, so a shopper's checkout step and comparison list change depending on "
            "which worker answers.",
            hint="Set REDIS_URL (a cache every process shares), or SESSION_ENGINE = "
                 "'django.contrib.sessions.backends.db'.",
            id="bodybest.W101",
        ))
    if not settings.CELERY_TASK_ALWAYS_EAGER and _is_local_memory("default"):
        problems.append(checks.Warning(
            "Celery workers run beside a local-memory cache: rate limits and the newsletter's "
            "sending rate are counted separately in every process, and staff edits do not clear "
            "other processes' cached menus.",
            hint="Set REDIS_URL (or CACHE_URL) so every process shares one cache.",
            id="bodybest.W102",
        ))
    return problems
