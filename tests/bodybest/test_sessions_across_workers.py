"""Two gunicorn workers are two processes: a shopper's session must read the same in both."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import run_checks

from tests.celery_worker import _database_url

ROOT = Path(__file__).resolve().parents[2]

# Two workers, each with its own local-memory cache (as two processes have), take turns
# answering one shopper.
TWO_WORKERS = """
from importlib import import_module
from django.conf import settings
from django.test.utils import override_settings

engine = import_module(settings.SESSION_ENGINE)
caches = lambda worker: {alias: {**params, "LOCATION": worker} for alias, params in settings.CACHES.items()}
with override_settings(CACHES=caches("worker-a")):
    session = engine.SessionStore()
    session["checkout_step"] = "shipping"
    session.save()
with override_settings(CACHES=caches("worker-b")):
    assert engine.SessionStore(session.session_key)["checkout_step"] == "shipping"
with override_settings(CACHES=caches("worker-a")):
    session = engine.SessionStore(session.session_key)
    session["checkout_step"] = "payment"
    session.save()
with override_settings(CACHES=caches("worker-b")):
    print(engine.SessionStore(session.session_key)["checkout_step"])
"""


def _embedded(script, **env):
    """Run ``script`` in a fresh process with the embedded default's settings (no Redis)."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    return subprocess.run([sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT,
                          env={**clean, "DJANGO_SETTINGS_MODULE": "bodybest.settings", **env},
                          capture_output=True, text=True, timeout=120)


@pytest.mark.django_db(transaction=True)
def test_a_checkout_step_saved_by_one_worker_is_what_the_other_worker_reads():
    result = _embedded(TWO_WORKERS, DATABASE_URL=_database_url())
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "payment"


def test_the_embedded_default_keeps_sessions_in_the_database_and_redis_reads_them_through_the_cache():
    engine = "from django.conf import settings; print(settings.SESSION_ENGINE)"
    assert _embedded(engine).stdout.strip().splitlines()[-1] == "django.contrib.sessions.backends.db"
    assert _embedded(engine, REDIS_URL="redis://127.0.0.1:6379/11").stdout.strip().splitlines()[-1] == (
        "django.contrib.sessions.backends.cached_db")


def test_start_up_warns_when_sessions_are_cached_in_local_memory(settings):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "bodybest.W101" in [message.id for message in run_checks()]


def test_start_up_warns_when_workers_run_beside_a_local_memory_cache(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "bodybest.W102" in [message.id for message in run_checks()]


def test_the_default_and_the_redis_setup_start_without_these_warnings():
    ids = [message.id for message in run_checks()]
    assert "bodybest.W101" not in ids and "bodybest.W102" not in ids
