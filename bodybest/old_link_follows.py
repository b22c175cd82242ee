"""How often each old link is followed, counted without a database write per visit.

A follow adds one to the link's counter in the cache (Redis in production). The first follow
of a link in a minute also moves what the counter holds into ``OldLink.followed`` and sets
``last_followed_at``: one UPDATE per link per ``FLUSH_SECONDS`` at most, however many visitors
a rush sends. Follows counted since the last write are read back by ``pending`` (one cache
round trip for a page of links), so the dashboard shows them too. With the cache down the
follows are not counted; the redirect itself never depends on them.
"""
import logging

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import OldLink

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 60


def _counter(link_id):
    return f"old-link:follows:{link_id}"


def _written(link_id):
    return f"old-link:written:{link_id}"


def count_follow(link_id):
    """Count one follow of OldLink ``link_id``; write the counted ones to it at most once a
    minute. Never raises: a visitor is redirected whether or not the count works."""
    try:
        key = _counter(link_id)
        try:
            cache.incr(key)
        except ValueError:  # the first follow since the last write
            if not cache.add(key, 1, timeout=None):
                cache.incr(key)
        if not cache.add(_written(link_id), 1, timeout=FLUSH_SECONDS):
            return
        counted = cache.get(key) or 0
        if counted:
            cache.decr(key, counted)  # follows counted meanwhile stay for the next write
            with transaction.atomic():  # a savepoint: a failed write leaves the request's transaction usable
                OldLink.objects.filter(pk=link_id).update(
                    followed=F("followed") + counted, last_followed_at=timezone.now())
    except Exception:  # noqa: BLE001 — the cache or the row is gone; the redirect goes on
        logger.warning("could not count a follow of old link %s", link_id, exc_info=True)


def pending(link_ids):
    """{link id: follows counted in the cache and not yet written to the row}."""
    link_ids = list(link_ids)
    if not link_ids:
        return {}
    found = cache.get_many([_counter(link_id) for link_id in link_ids])
    return {link_id: int(found.get(_counter(link_id)) or 0) for link_id in link_ids}


def forget(link_id):
    """Drop a deleted link's counters, so a new link that one day gets its id starts at 0."""
    cache.delete_many([_counter(link_id), _written(link_id)])
