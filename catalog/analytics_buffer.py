"""Product views and basket additions counted in Redis, written to the database in batches.

A product page is the store's busiest page, and the page cache serves most of them without a
query. Counting each view with a Celery task cost a broker message per view and a worker run on
the web's cores; here a view costs one ``HINCRBY`` on one Redis hash, through the cache's pooled
client and breaker (bodybest/cache.py). Every event is a field of that hash,
``<event>:<product id>`` for a visitor and ``<event>:<product id>:<user id>`` for a signed-in
customer, whose count also makes their ``UserProductView`` rows and ``UserRecord`` counters
(as Oscar's receivers did, one row per view).

``flush()`` (Celery beat, every minute) writes the counts to Oscar's analytics tables:
1. under a Redis lock, so two flushes never apply one batch;
2. a processing key left by a flush that died is applied first;
3. otherwise the hash is renamed to the processing key (atomic: a view after the rename starts
   a new hash and waits for the next flush);
4. the counts are added in one transaction through ``analytics.increment`` (savepoint-safe),
   each product in a savepoint of its own: a product or customer deleted since is skipped, and
   a row that fails is logged and skipped, so neither stops the rest;
5. the processing key is deleted right after the commit.
If the process dies between the commit and that delete (one Redis round trip), the next flush
applies the batch again: at most one minute's views counted twice, never lost. If the commit
itself fails (a product deleted between the check and the commit), nothing was written and the
processing key is kept for the next flush, which no longer finds that product.

Without Redis (the embedded default: local-memory cache, eager Celery) or while Redis does not
answer, an event is counted straight away after the request's commit, as the eager task did;
a failure there is logged, never a 500. ``UserProductView`` rows written by a flush carry the
flush's time, not the view's (within a minute of it).
"""
import atexit
import logging
import threading
import time
from collections import Counter, defaultdict
from functools import partial

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import DatabaseError, transaction
from oscar.core.loading import get_model
from redis.exceptions import LockError

from bodybest.cache import FailSoftRedisCache

from . import analytics

logger = logging.getLogger(__name__)

EVENTS_KEY = "analytics:events"  # made with cache.make_key (the cache's prefix and version)
PROCESSING_KEY = "analytics:events:processing"
LOCK_KEY = "analytics:events:flush-lock"
LOCK_SECONDS = 600  # longer than any flush; a dead flusher's lock expires on its own
EVENTS = {"view", "basket"}
PRODUCT_FIELDS = {"view": "num_views", "basket": "num_basket_additions"}
USER_FIELDS = {"view": "num_product_views", "basket": "num_basket_additions"}


def _default_cache():
    """The default cache when it is Redis (FailSoftRedisCache), else None."""
    backend = caches["default"]
    return backend if isinstance(backend, FailSoftRedisCache) else None


def field_for(event, product_id, user_id=None):
    """The hash field counting ``event`` on a product, by a visitor or by a customer."""
    if event not in EVENTS:
        raise ValueError(f"unknown analytics event {event!r}")
    return f"{event}:{int(product_id)}" if user_id is None else f"{event}:{int(product_id)}:{int(user_id)}"


def record(*, event, product_id, user_id=None):
    """Count one ``event`` ("view" or "basket") once the caller's transaction commits: one
    ``HINCRBY`` in Redis, or, without Redis or while it fails, in the database at once."""
    field = field_for(event, product_id, user_id)
    transaction.on_commit(partial(_count, event, product_id, user_id, field), robust=True)


class _Tally:
    """Visitors' product views answered before Django (bodybest/page_front.py), counted in this
    process and sent on at most ``SECONDS`` later, one ``HINCRBY`` per product in one round trip:
    a rush on one product costs Redis one command a second per worker instead of one a view. A
    worker killed outright loses at most that second of views; one that exits sends them."""

    SECONDS = 1.0

    def __init__(self):
        self.lock = threading.Lock()
        self.views = Counter()
        self.since = time.monotonic()

    def add(self, product_id, user_id=None):
        with self.lock:
            self.views[product_id, user_id] += 1
            due = time.monotonic() - self.since >= self.SECONDS
        if due:
            self.send()

    def send(self):
        with self.lock:
            views, self.views, self.since = self.views, Counter(), time.monotonic()
        if not views:
            return
        redis_cache = _default_cache()
        if redis_cache is not None:
            key = redis_cache.make_key(EVENTS_KEY)

            def command(client):
                pipe = client.pipeline(transaction=False)
                for (product_id, user_id), count in views.items():
                    pipe.hincrby(key, field_for("view", product_id, user_id), count)
                return pipe.execute()

            if redis_cache.run_redis("hincrby", command) is not None:
                return
        for (product_id, user_id), count in views.items():  # no Redis: straight to the database
            try:
                for _ in range(count):
                    analytics.record_product_event(product_id=product_id, user_id=user_id, event="view")
            except DatabaseError:
                logger.exception("Could not count %s views of product %s", count, product_id)


_tally = _Tally()
atexit.register(_tally.send)


def tally_view(product_id, user_id=None):
    """Count a view of a product page served before Django (``_Tally``)."""
    _tally.add(product_id, user_id)


def _count(event, product_id, user_id, field):
    redis_cache = _default_cache()
    if redis_cache is not None:
        key = redis_cache.make_key(EVENTS_KEY)
        if redis_cache.run_redis("hincrby", lambda client: client.hincrby(key, field, 1)) is not None:
            return
    analytics.record_product_event(product_id=product_id, user_id=user_id, event=event)


def parse(counts):
    """``{field: count}`` from Redis as ``[(event, product_id, user_id or None, count)]``;
    a field or count that does not read is logged and left out."""
    events = []
    for raw_field, raw_count in counts.items():
        field = raw_field.decode() if isinstance(raw_field, bytes) else raw_field
        try:
            event, *ids = field.split(":")
            if event not in EVENTS or len(ids) not in (1, 2):
                raise ValueError(field)
            product_id = int(ids[0])
            user_id = int(ids[1]) if len(ids) == 2 else None
            count = int(raw_count)
        except ValueError:
            logger.warning("Analytics: ignoring unreadable counter %r = %r", raw_field, raw_count)
            continue
        if count > 0:
            events.append((event, product_id, user_id, count))
    return events


def apply(events):
    """Add parsed counts to Oscar's analytics tables in one transaction; returns how many
    events were written. Products and customers that no longer exist are skipped."""
    Product = get_model("catalogue", "Product")
    ProductRecord = get_model("analytics", "ProductRecord")
    UserRecord = get_model("analytics", "UserRecord")
    UserProductView = get_model("analytics", "UserProductView")
    products = set(Product.objects.filter(pk__in={e[1] for e in events}).values_list("pk", flat=True))
    users = set(get_user_model().objects.filter(pk__in={e[2] for e in events if e[2]})
                .values_list("pk", flat=True))
    by_product = defaultdict(list)
    for event, product_id, user_id, count in events:
        if product_id in products and (user_id is None or user_id in users):
            by_product[product_id].append((event, user_id, count))
    written = 0
    with transaction.atomic():
        for product_id, product_events in by_product.items():
            try:
                with transaction.atomic():
                    written += _apply_product(product_id, product_events,
                                              ProductRecord, UserRecord, UserProductView)
            except DatabaseError:
                logger.exception("Analytics: product %s's counts not written", product_id)
    return written


def _apply_product(product_id, product_events, ProductRecord, UserRecord, UserProductView):
    totals = defaultdict(int)
    for event, user_id, count in product_events:
        totals[event] += count
        if user_id is not None:
            analytics.increment(UserRecord, USER_FIELDS[event], increment_by=count, user_id=user_id)
            if event == "view":
                UserProductView.objects.bulk_create(
                    [UserProductView(product_id=product_id, user_id=user_id) for _ in range(count)])
    for event, count in totals.items():
        analytics.increment(ProductRecord, PRODUCT_FIELDS[event], increment_by=count, product_id=product_id)
    return sum(totals.values())


def flush():
    """Write the counts Redis holds to the database (the module docstring says how, and what
    a crash costs). Returns the number of events written, or None when another flush holds
    the lock or there is no Redis to read."""
    redis_cache = _default_cache()
    if redis_cache is None:
        return None
    live, processing = redis_cache.make_key(EVENTS_KEY), redis_cache.make_key(PROCESSING_KEY)
    lock_key = redis_cache.make_key(LOCK_KEY)
    lock = redis_cache.run_redis("lock", lambda client: _acquired(client.lock(lock_key, timeout=LOCK_SECONDS)))
    if lock is None:
        return None
    written = 0
    try:
        for _ in range(2):  # a leftover batch, then the live one
            counts = redis_cache.run_redis("take", lambda client: _take(client, live, processing))
            if not counts:
                break
            try:
                written += apply(parse(counts))
            except DatabaseError:
                logger.exception("Analytics: a batch of %d counters was not written; kept for the "
                                 "next flush", len(counts))
                break
            if redis_cache.run_redis("delete", lambda client: client.delete(processing)) is None:
                break  # Redis went away: the batch stays for the next flush (written twice)
    finally:
        redis_cache.run_redis("unlock", lambda client: _released(lock))
    return written


def _acquired(lock):
    return lock if lock.acquire(blocking=False) else None


def _released(lock):
    try:
        lock.release()
    except LockError:
        logger.warning("Analytics: the flush lock had expired before the flush ended")
    return True


def _take(client, live, processing):
    """The batch to write: a leftover processing hash, else the live hash renamed to it (from
    that moment new events count in a new live hash). Empty when there is nothing."""
    if not client.exists(processing):
        if not client.exists(live) or not client.renamenx(live, processing):
            return {}
    return client.hgetall(processing)
