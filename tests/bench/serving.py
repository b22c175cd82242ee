"""A store of its own for the tools that measure or picture it (make lighthouse, make bench-load,
make screenshots): production settings, a free loopback port, gunicorn started and stopped as a
process group."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Services and paths a developer's environment may point elsewhere; each tool sets its own.
OWN = {"DATABASE_URL", "REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL", "EMAIL_URL",
       "MEDIA_ROOT", "STATIC_ROOT", "STRIPE_SECRET_KEY"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def store_environment(workdir, database_url, **extra):
    """Production settings (the Makefile's BENCH_ENV) on ``database_url`` and folders under
    ``workdir``; ``extra`` adds or replaces variables."""
    env = {key: value for key, value in os.environ.items() if key not in OWN}
    env.update({
        "DEBUG": "0",
        "SECRET_KEY": env.get("SECRET_KEY", "measuring-only-not-a-secret"),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "VAR_DIR": str(workdir),
        "DATABASE_URL": database_url,
        "DEMO_STAFF_PASSWORD": "measuring-demo-password",
        "STRIPE_LOCAL_URL": "http://127.0.0.1:9",  # nothing listens: pages measured never pay
        "DJANGO_SETTINGS_MODULE": "bodybest.settings",
    })
    env.update(extra)
    return env


def manage(env, *args, quiet=True):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL if quiet else None)


def load_demo(env, port):
    """The demo store, its Site on 127.0.0.1:``port``, and static files collected."""
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_store", "--site-domain", f"127.0.0.1:{port}")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")


def wait_until(ready, process, what, seconds):
    """Wait for ``ready()`` to be true; exit with a message if ``process`` stops or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return process
        if process.poll() is not None:
            sys.exit(f"{what} stopped while starting")
        time.sleep(0.2)
    stop(process)
    sys.exit(f"{what} did not answer within {seconds} s")


def answers(url):
    """Whether anything answers HTTP at ``url`` (an error status counts: the server is up)."""
    try:
        with urllib.request.urlopen(url, timeout=10):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def listens(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def start_gunicorn(env, port, app="bodybest.wsgi", ready_path="/healthz", workers=2,
                   worker_class="sync", threads=1):
    """gunicorn on 127.0.0.1:``port`` (2 sync workers unless told), once ``ready_path`` answers."""
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), app, "--workers", str(workers),
         "--worker-class", worker_class, "--threads", str(threads),
         "--bind", f"127.0.0.1:{port}", "--no-control-socket", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True)
    return wait_until(lambda: answers(f"http://127.0.0.1:{port}{ready_path}"), process,
                      f"gunicorn ({app})", 60)


def stop(process):
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(process.pid, signal.SIGKILL)
