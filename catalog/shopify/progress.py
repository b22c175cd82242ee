"""An import's progress, as staff watch it from the dashboard.

The import runs inside one transaction (run.py, customers.py), so a progress row written on the
same connection would stay invisible to the page until the end, and a dry run would roll it
back. Progress goes to the shared cache instead (Redis in production, where the worker and the
web processes meet), and is written at most once per second and once per whole percent, not per
product. The job's row gets the final figures when the run ends."""
import time

from django.core.cache import cache

KEEP_SECONDS = 24 * 3600


def key(job_id):
    return f"shopify-import:{job_id}:progress"


def read(job_id):
    """``(done, total)`` last written for the job, or ``None``."""
    value = cache.get(key(job_id))
    return (value["done"], value["total"]) if value else None


def clear(job_id):
    cache.delete(key(job_id))


class Tracker:
    """The ``progress(done, total)`` callable the import calls after each product or row."""

    def __init__(self, job_id, *, every=1.0, clock=time.monotonic):
        self.job_id, self.every, self.clock = job_id, every, clock
        self.done = self.total = 0
        self.writes = 0
        self._percent = -1
        self._written_at = None

    def start(self, total=0):
        self._write(0, total)

    def __call__(self, done, total):
        self.done, self.total = done, total
        percent = done * 100 // total if total else 100
        now = self.clock()
        due = self._written_at is None or now - self._written_at >= self.every
        if done == total or (percent > self._percent and due):
            self._write(done, total, percent, now)

    def _write(self, done, total, percent=-1, now=None):
        cache.set(key(self.job_id), {"done": done, "total": total}, KEEP_SECONDS)
        self.writes += 1
        self._percent = percent
        self._written_at = self.clock() if now is None else now
