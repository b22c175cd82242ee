"""Search results kept in the shared cache, keyed by the documents' version.

Most listing views repeat: the catalogue's first page, each category without filters, the
searches everyone types. A result (the page's ids and every facet's counts) is kept under a
key holding what was asked and the version of the documents; every rebuild and refresh sets a
new version, so a staff edit is seen on the next view, from any web node, and no entry is ever
served for documents that changed since.

The version is a random token written with ``set``: while Redis is down the cache answers as
empty (bodybest/cache.py), the write is remembered and the key dropped once Redis is back, so a
refresh made during an outage still retires the results cached before it."""
import hashlib
import uuid

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "search:documents-version"
TIMEOUT = 10 * 60


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        current = cache.get(VERSION_KEY)
    return current


def changed():
    """Retire every cached result: now, and again when the caller's transaction commits
    (a reader between the two could have cached documents not yet committed)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid.uuid4().hex, None))


def key(current_version, *parts):
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
    return f"search:result:{current_version}:{digest}"


def remembered(parts, compute):
    """``compute()``'s result for ``parts``, from the cache when the documents have not
    changed since it was kept. Without a cache (Redis down) it is computed every time."""
    current = version()
    if current is None:
        return compute()
    entry_key = key(current, *parts)
    result = cache.get(entry_key)
    if result is None:
        result = compute()
        cache.set(entry_key, result, TIMEOUT)
    return result
