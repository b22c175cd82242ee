"""A real Celery worker process on Redis, against this test run's PostgreSQL database.

Tests that prove work is done by workers (not eagerly in the test) start one with `worker()`;
their tasks go to a queue of their own, so nothing left over from another run is taken.
"""
import os
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager

from django.conf import settings


def _database_url():
    db = settings.DATABASES["default"]
    user, host, port, name = db.get("USER") or "postgres", db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432, db["NAME"]
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{host}:{port}/{name}"


@contextmanager
def worker(env=None, concurrency=2, queue=None):
    """Run `celery -A bodybest worker` on a fresh queue; yields (process, queue name). Tasks sent
    from the test go there while it runs (eager mode is switched off meanwhile)."""
    from bodybest.celery import app

    queue = queue or f"test-{uuid.uuid4().hex[:8]}"
    process_env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "DJANGO_SETTINGS_MODULE": "bodybest.settings",
        "CELERY_TASK_DEFAULT_QUEUE": queue,  # tasks the worker queues stay on this queue
        **(env or {}),
    }
    process_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    log = open(f"/tmp/celery-{queue}.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "bodybest", "worker", "-Q", queue,
         "--concurrency", str(concurrency), "--without-gossip", "--without-mingle",
         "--without-heartbeat", "-n", f"{queue}@%h", "--loglevel", "INFO"],
        env=process_env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: kill_hard() takes the pool children too
    )
    was = app.conf.task_always_eager, app.conf.task_default_queue
    app.conf.task_always_eager = False
    app.conf.task_default_queue = queue
    try:
        _wait_until_ready(f"/tmp/celery-{queue}.log", process, app, f"{queue}@{socket.gethostname()}")
        yield process, queue
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = was
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()


def _wait_until_ready(path, process, app, node, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the Celery worker exited:\n" + open(path).read()[-3000:])
        if app.control.ping(destination=[node], timeout=0.5):
            return
        time.sleep(0.2)
    raise RuntimeError("the Celery worker did not start:\n" + open(path).read()[-3000:])


def wait_for(predicate, timeout=30, every=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return predicate()


def kill_hard(process):
    """SIGKILL the worker and its pool processes at once, as a crash or the OOM killer would."""
    import signal

    os.killpg(os.getpgid(process.pid), signal.SIGKILL)
    process.wait(timeout=10)
