"""Telling every web node that a conversation changed, after the change is committed.

Only a nudge travels ("conversation 12 changed"); what changed is read from the database, where
each message is stored before anyone is told (bodybest/chat/models.py), so a nudge lost to a
restarting node or a dropped connection loses nothing: the browser's reconnect asks for what
came after the last message it showed.

With REDIS_URL set the nudge goes through Redis publish/subscribe and reaches every node; with
no Redis (the embedded `make run`, one process) it goes through a condition in this process.
"""
import asyncio
import logging
import threading
import time

from django.conf import settings
from django.db import transaction

logger = logging.getLogger("bodybest.chat")
INBOX = "inbox"  # staff's inbox listens here: any conversation changed
PREFIX = "bodybest:chat:"


def channel(conversation_id):
    return f"{PREFIX}{conversation_id}"


def changed(conversation_id):
    """After the current transaction commits, nudge the conversation's listeners and staff's
    inbox. Robust: a broker fault leaves the change stored; listeners find it on their next beat."""
    transaction.on_commit(lambda: publish(conversation_id), robust=True)


def publish(conversation_id):
    if settings.REDIS_URL:
        client = _redis()
        pipe = client.pipeline(transaction=False)
        pipe.publish(channel(conversation_id), b"1")
        pipe.publish(channel(INBOX), str(conversation_id).encode())
        pipe.execute()
    else:
        _local.notify(channel(conversation_id))
        _local.notify(channel(INBOX))


_clients = {}


def _redis():
    """One client (and its connection pool) per process and Redis address."""
    client = _clients.get(settings.REDIS_URL)
    if client is None:
        import redis

        client = _clients[settings.REDIS_URL] = redis.Redis.from_url(
            settings.REDIS_URL, socket_timeout=5, socket_connect_timeout=2, health_check_interval=30)
    return client


class _Local:
    """One process's nudges: a version per channel and a condition to wait on."""

    def __init__(self):
        self.condition = threading.Condition()
        self.versions = {}

    def notify(self, name):
        with self.condition:
            self.versions[name] = self.versions.get(name, 0) + 1
            self.condition.notify_all()

    def version(self, name):
        with self.condition:
            return self.versions.get(name, 0)

    def wait(self, name, since, timeout):
        deadline = time.monotonic() + timeout
        with self.condition:
            while self.versions.get(name, 0) == since:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.condition.wait(left)
            return True


_local = _Local()


class Listener:
    """Blocking waits for one channel's nudges (WSGI: a thread per open stream).

    With Redis unreachable the stream still works, more slowly: each wait is a pause of
    UNREACHABLE_PAUSE seconds reported as a nudge, so the stream looks in the database, and
    the subscription is tried again at the next wait."""

    UNREACHABLE_PAUSE = 2.0

    def __init__(self, name):
        self.name, self.pubsub, self.seen = name, None, _local.version(name)
        self._subscribe()

    def _subscribe(self):
        if not settings.REDIS_URL or self.pubsub is not None:
            return
        import redis

        try:
            pubsub = _redis().pubsub(ignore_subscribe_messages=True)
            pubsub.subscribe(self.name)
        except redis.RedisError as error:
            logger.warning("Chat: Redis unreachable (%s); streams look in the database every %s s",
                           error, self.UNREACHABLE_PAUSE)
            return
        self.pubsub = pubsub

    def wait(self, timeout):
        """True when nudged within `timeout` seconds (or when it cannot tell: Redis unreachable)."""
        if not settings.REDIS_URL:
            nudged = _local.wait(self.name, self.seen, timeout)
            self.seen = _local.version(self.name)
            return nudged
        import redis

        self._subscribe()
        if self.pubsub is None:
            time.sleep(min(timeout, self.UNREACHABLE_PAUSE))
            return True
        deadline = time.monotonic() + timeout
        try:
            while (left := deadline - time.monotonic()) > 0:
                if self.pubsub.get_message(timeout=left) is not None:
                    while self.pubsub.get_message(timeout=0) is not None:  # one read for a burst
                        pass
                    return True
        except redis.RedisError:
            self.close()
            return True
        return False

    def close(self):
        if self.pubsub is not None:
            try:
                self.pubsub.close()
            except Exception:  # closing a broken connection: nothing more to do
                pass
            self.pubsub = None


class AsyncListener:
    """The same waits on an event loop (ASGI: thousands of open streams on one node), with the
    same fallback: Redis unreachable, each wait is a pause reported as a nudge and the
    subscription is tried again at the next one."""

    UNREACHABLE_PAUSE = Listener.UNREACHABLE_PAUSE

    def __init__(self, name):
        self.name, self.client, self.pubsub = name, None, None

    async def __aenter__(self):
        if settings.REDIS_URL:
            await self._subscribe()
        else:
            self.seen = _local.version(self.name)
        return self

    async def _subscribe(self):
        if self.pubsub is not None:
            return
        import redis
        import redis.asyncio as aioredis

        if self.client is None:
            self.client = aioredis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2)
        pubsub = self.client.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.subscribe(self.name)
        except (redis.RedisError, OSError) as error:
            logger.warning("Chat: Redis unreachable (%s); streams look in the database every %s s",
                           error, self.UNREACHABLE_PAUSE)
            await _quietly(pubsub.aclose())
            return
        self.pubsub = pubsub

    async def wait(self, timeout):
        """True when nudged within `timeout` seconds (or when it cannot tell: Redis unreachable)."""
        if not settings.REDIS_URL:  # one process with no Redis: look every half second
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if _local.version(self.name) != self.seen:
                    self.seen = _local.version(self.name)
                    return True
                await asyncio.sleep(0.5)
            return False
        import redis

        await self._subscribe()
        if self.pubsub is None:
            await asyncio.sleep(min(timeout, self.UNREACHABLE_PAUSE))
            return True
        try:
            message = await self.pubsub.get_message(timeout=timeout)
            if message is None:
                return False
            while await self.pubsub.get_message(timeout=0) is not None:  # one read for a burst
                pass
        except (redis.RedisError, OSError):
            pubsub, self.pubsub = self.pubsub, None
            await _quietly(pubsub.aclose())
        return True

    async def __aexit__(self, *exc):
        if self.pubsub is not None:
            await _quietly(self.pubsub.aclose())
        if self.client is not None:
            await _quietly(self.client.aclose())


async def _quietly(closing):
    try:
        await closing
    except Exception:  # closing a broken connection: nothing more to do
        pass
