"""Version tokens in the shared cache: what cached search results (catalog/search/engine/
cached.py) and whole pages (bodybest/page_cache.py) are keyed by, so that replacing a token
retires every entry made under the old one, on every web node.

A token is random and written with ``set``: while Redis is down the cache answers as empty
(bodybest/cache.py), the write is remembered and the key dropped once Redis is back, so a change
made during an outage still retires what was cached before it."""
import uuid

from django.core.cache import cache
from django.db import transaction


def current(key):
    """The token under ``key``, made if missing; None without a shared cache."""
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, None)
        token = cache.get(key)
    return token


def replace(key):
    """A new token under ``key``: now, and again when the caller's transaction commits (a
    reader between the two could have cached what was not committed yet)."""
    cache.set(key, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(key, uuid.uuid4().hex, None))
