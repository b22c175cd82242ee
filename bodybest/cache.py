"""A Redis cache that degrades instead of failing the request.

Every page reads the cache (the category menu, the free-shipping threshold, sessions,
thumbnails) and some forms write it (rate limits). With plain ``RedisCache`` an unreachable
Redis turns all of them into 500s. ``FailSoftRedisCache`` answers as if the cache were empty
instead: reads miss, writes are skipped, ``add`` says "not added", ``incr`` says the key is
gone. The data behind every cached value is in PostgreSQL, so the store is slower, not wrong.

A per-process circuit breaker keeps a dead Redis from costing every request a timeout: after
one failure Redis is not asked again for ``RETRY_AFTER`` seconds. Keys whose writes or deletes
were skipped are remembered and deleted when Redis answers again, so a value cached before the
outage (a session, the menu) is not served stale after it.

Counters are the exception: while Redis is down ``add`` and ``incr`` count in a local-memory
cache of this process, so a loop that counts (the newsletter's sending rate) keeps counting,
per process, instead of spinning on "key not found". ``FALLBACK_TO_LOCAL_MEMORY`` (for the
rate-limit cache only) sends every operation there, so a limit reads its own counts. Do not set
it on a cache whose entries other processes invalidate: they cannot reach this memory.

/healthz must not use any of this: it calls ``ping()``, which raises.
"""
import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

MISSED_KEYS_KEPT = 10_000  # skipped writes remembered per process, to delete on recovery
LOG_EVERY_SECONDS = 60  # while Redis stays down, one warning a minute per process


class Breaker:
    """Closed: Redis is asked. Open for ``retry_after`` seconds after a failure: it is not.
    Then the next operation tries again (and reopens it for another period if that fails)."""

    def __init__(self, retry_after, name, clock=time.monotonic):
        self.retry_after = retry_after
        self.name = name
        self.clock = clock
        self.down_since = None
        self.open_until = 0.0
        self.last_logged = None

    @property
    def is_down(self):
        return self.down_since is not None

    def allows(self):
        return self.clock() >= self.open_until

    def failed(self, error):
        now = self.clock()
        self.open_until = now + self.retry_after
        if self.down_since is None:
            self.down_since = now
        if self.last_logged is None or now - self.last_logged >= LOG_EVERY_SECONDS:
            self.last_logged = now
            logger.warning(
                "Redis (%s) unreachable for %.0f s: %s. Pages read the database; not asking again "
                "for %.1f s.", self.name, now - self.down_since, error, self.retry_after)

    def succeeded(self):
        if self.down_since is not None:
            logger.warning("Redis (%s) answers again after %.1f s.", self.name,
                           self.clock() - self.down_since)
        self.down_since = None
        self.last_logged = None


class FailSoftRedisCacheClient(RedisCacheClient):
    """Django's Redis client with every operation guarded (keys here are already made)."""

    def __init__(self, servers, *, breaker, local, local_for_everything=False, **options):
        super().__init__(servers, **options)
        self.breaker = breaker
        self.local = local  # counters while Redis is down
        self.fallback = local if local_for_everything else None
        self.missed = set()
        self.lock = threading.Lock()
        self._clients = {}
        self.errors = (self._lib.ConnectionError, self._lib.TimeoutError)

    def get_client(self, key=None, *, write=False):
        """One Redis client per connection pool, made once: Django makes a new one for every
        operation (its response callbacks rebuilt each time), which was a tenth of a listing's
        time at a dozen cache reads a page. A client is safe to share; the pool hands out
        connections."""
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def _guard(self, operation, written_keys, run, when_down):
        """Run ``run()`` against Redis unless it is known down; otherwise ``when_down()``."""
        if self.breaker.allows():
            try:
                if self.breaker.is_down:
                    self._forget_missed()
                result = run()
            except self.errors as error:
                self.breaker.failed(f"{operation}: {error}")
            else:
                self.breaker.succeeded()
                return result
        self._remember(written_keys)
        return when_down()

    def _remember(self, keys):
        if not keys:
            return
        with self.lock:
            room = MISSED_KEYS_KEPT - len(self.missed)
            if room < len(keys):
                logger.warning("Redis (%s): over %d skipped writes; the oldest may be served "
                               "stale after recovery.", self.breaker.name, MISSED_KEYS_KEPT)
            self.missed.update(list(keys)[:max(room, 0)])

    def _forget_missed(self):
        """First thing when Redis answers again: drop what was written while we could not."""
        with self.lock:
            keys, self.missed = list(self.missed), set()
        if keys:
            try:
                self.get_client(write=True).delete(*keys)
            except self.errors:
                with self.lock:
                    self.missed.update(keys)
                raise
            logger.warning("Redis (%s): deleted %d keys written while it was unreachable.",
                           self.breaker.name, len(keys))

    def _local(self, method, *args):
        return getattr(self.fallback, method)(*args) if self.fallback is not None else None

    def add(self, key, value, timeout):
        return self._guard("add", [key], lambda: super(FailSoftRedisCacheClient, self).add(key, value, timeout),
                           lambda: self.local.add(key, value, timeout))

    def get(self, key, default):
        return self._guard("get", (), lambda: super(FailSoftRedisCacheClient, self).get(key, default),
                           lambda: self.fallback.get(key, default) if self.fallback is not None else default)

    def set(self, key, value, timeout):
        return self._guard("set", [key], lambda: super(FailSoftRedisCacheClient, self).set(key, value, timeout),
                           lambda: self._local("set", key, value, timeout))

    def touch(self, key, timeout):
        return self._guard("touch", (), lambda: super(FailSoftRedisCacheClient, self).touch(key, timeout),
                           lambda: bool(self._local("touch", key, timeout)))

    def delete(self, key):
        return self._guard("delete", [key], lambda: super(FailSoftRedisCacheClient, self).delete(key),
                           lambda: bool(self._local("delete", key)))

    def get_many(self, keys):
        keys = list(keys)
        return self._guard("get_many", (), lambda: super(FailSoftRedisCacheClient, self).get_many(keys),
                           lambda: self._local("get_many", keys) or {})

    def has_key(self, key):
        return self._guard("has_key", (), lambda: super(FailSoftRedisCacheClient, self).has_key(key),
                           lambda: bool(self._local("has_key", key)))

    def incr(self, key, delta):
        return self._guard("incr", [key], lambda: super(FailSoftRedisCacheClient, self).incr(key, delta),
                           lambda: self.local.incr(key, delta))

    def set_many(self, data, timeout):
        return self._guard("set_many", list(data), lambda: super(FailSoftRedisCacheClient, self).set_many(data, timeout),
                           lambda: self._local("set_many", data, timeout))

    def delete_many(self, keys):
        keys = list(keys)
        return self._guard("delete_many", keys, lambda: super(FailSoftRedisCacheClient, self).delete_many(keys),
                           lambda: self._local("delete_many", keys))

    def clear(self):
        return self._guard("clear", (), lambda: super(FailSoftRedisCacheClient, self).clear(),
                           lambda: bool(self._local("clear")))

    def run(self, operation, command, when_down):
        """``command(client)`` with the shared redis-py client, behind the breaker: for Redis
        types the cache API has no verb for. ``when_down()`` answers while Redis is unreachable;
        Redis's own errors (a wrong type, say) are raised."""
        return self._guard(operation, (), lambda: command(self.get_client(write=True)), when_down)

    def ping(self):
        """Really ask Redis, past the breaker (for /healthz); raises when it does not answer."""
        return self.get_client(write=True).ping()


class FailSoftRedisCache(RedisCache):
    """``RedisCache`` that misses instead of raising while Redis is unreachable.

    OPTIONS of its own (the rest go to redis-py's pool as with ``RedisCache``):
    ``RETRY_AFTER`` seconds between attempts while down (default 5);
    ``FALLBACK_TO_LOCAL_MEMORY`` count in this process's memory while down (default False).
    Short ``socket_connect_timeout``/``socket_timeout`` belong in OPTIONS too.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        options = dict(self._options)
        retry_after = float(options.pop("RETRY_AFTER", 5))
        options["local_for_everything"] = bool(options.pop("FALLBACK_TO_LOCAL_MEMORY", False))
        options["local"] = LocMemCache(f"fail-soft-local-{id(self)}", {"TIMEOUT": None})
        options["breaker"] = Breaker(retry_after, name=self._servers[0].rsplit("@", 1)[-1])
        self._options = options
        self._class = FailSoftRedisCacheClient

    def run_redis(self, operation, command, when_down=lambda: None):
        """``command(client)`` against this cache's Redis through its pooled client and breaker
        (see ``FailSoftRedisCacheClient.run``); keys are the caller's to make (``make_key``)."""
        return self._cache.run(operation, command, when_down)

    def ping(self):
        return self._cache.ping()
