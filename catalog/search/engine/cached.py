"""Search results kept in the shared cache, keyed by the documents' version.

Most listing views repeat: the catalogue's first page, each category without filters, the
searches everyone types. A result (the page's ids and every facet's counts) is kept under a
key holding what was asked and the version of the documents; every rebuild and refresh sets a
new version, so a staff edit is seen on the next view, from any web node, and no entry is ever
served for documents that changed since.

The version is a token of bodybest/versions.py, which says how it survives a Redis outage."""
import hashlib

from django.core.cache import cache

from bodybest import versions

VERSION_KEY = "search:documents-version"
TIMEOUT = 10 * 60


def version():
    return versions.current(VERSION_KEY)


def changed():
    """Retire every cached result (bodybest/versions.py)."""
    versions.replace(VERSION_KEY)


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
