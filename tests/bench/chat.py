"""Benchmark: 200 chat conversations open at once on uvicorn, then a burst of answers.

Run with `make bench-chat`. Needs PostgreSQL and Redis on 127.0.0.1: it creates and drops the
database bodybest_bench_chat and uses Redis db 14 (BENCH_POSTGRES_URL, BENCH_REDIS_URL). With
production settings, for a uvicorn of 1 and of 2 workers (BENCH_CHAT_WORKERS), it opens 200
(BENCH_CHAT_STREAMS) server-sent event streams with aiohttp, one per conversation, each with its
shopper's session cookie; then stores a staff answer and a shopper's reply in every
conversation through the ORM, as gunicorn's views do, and measures:
- delivery latency from the store call's start to the event's arrival (p50, p95, max);
- messages lost (expected minus received: must be 0);
- uvicorn's memory (RSS and PSS, all its processes) before and with the streams open, and per stream;
- its CPU seconds per open stream a minute while idle, and in all during the burst;
- Redis clients and PostgreSQL connections while the streams are open.
It prints a table and writes it to var/bench-chat.md. Figures, not assertions."""
import asyncio
import os
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime
from importlib import import_module

SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = "bodybest_bench_chat"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
STREAMS = int(os.environ.get("BENCH_CHAT_STREAMS", "200"))
WORKERS = [int(n) for n in os.environ.get("BENCH_CHAT_WORKERS", "1,2").split(",")]
IDLE_SECONDS = 20

# Set, never defaulted: the bench drops this database, so it must not come from the environment.
os.environ["DATABASE_URL"] = f"{SERVER_URL}/{DATABASE}"
os.environ["REDIS_URL"] = os.environ["CACHE_URL"] = REDIS_URL
os.environ.pop("CELERY_BROKER_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")

import django  # noqa: E402

django.setup()

import aiohttp  # noqa: E402
import redis  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, connections  # noqa: E402

from bodybest.chat import conversations, views  # noqa: E402
from bodybest.chat.models import Conversation  # noqa: E402
import psycopg2  # noqa: E402
from tests.chat.nodes import Node  # noqa: E402


def _server(sql):
    conn = psycopg2.connect(f"{SERVER_URL}/postgres")
    try:
        conn.autocommit = True  # CREATE/DROP DATABASE refuse to run in a transaction
        conn.cursor().execute(sql)
    finally:
        conn.close()


def create_database():
    _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    _server(f'CREATE DATABASE "{DATABASE}"')
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
                   cwd=settings.BASE_DIR, check=True)


def drop_database():
    connections.close_all()
    _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


def populate():
    """STREAMS conversations, each with its shopper's first question and a session that owns it."""
    Conversation.objects.all().delete()
    store = import_module(settings.SESSION_ENGINE).SessionStore
    shoppers = []
    for n in range(STREAMS):
        conversation = conversations.start(user=None, name=f"Shopper {n}", email=f"s{n}@example.com",
                                           language="en", is_ticket=False, page_url="/", page_title="",
                                           basket=None)
        conversations.shopper_says(conversation=conversation, text=f"Question {n}")
        session = store()
        session[views.SESSION_KEY] = [conversation.public_id]
        session.save()
        shoppers.append((conversation, session.session_key))
    staff, _ = get_user_model().objects.get_or_create(
        username="bench-staff", defaults={"first_name": "Frida", "is_staff": True})
    return shoppers, staff


# The node's processes ----------------------------------------------------------------------

def group_pids(pgid):
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == pgid:
                    pids.append(int(entry))
            except ProcessLookupError:
                pass
    return pids


def memory_kb(pgid):
    rss = pss = 0
    for pid in group_pids(pgid):
        try:
            for line in open(f"/proc/{pid}/smaps_rollup"):
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except FileNotFoundError:
            pass
    return rss, pss


def cpu_seconds(pgid):
    ticks = 0
    for pid in group_pids(pgid):
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except FileNotFoundError:
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_connections():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                       [DATABASE])
        return cursor.fetchone()[0]


def redis_clients():
    return redis.Redis.from_url(REDIS_URL).info("clients")["connected_clients"]


# The browsers ------------------------------------------------------------------------------

class Browsers:
    """STREAMS EventSources on one event loop in a thread; each event's arrival time by text."""

    def __init__(self, node, shoppers):
        self.node, self.shoppers = node, shoppers
        self.arrived, self.opened = {}, 0
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(self._main(),), daemon=True)
        self.stop = None

    async def _main(self):
        self.stop = asyncio.Event()
        connector = aiohttp.TCPConnector(limit=0)
        timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout,
                                         cookie_jar=aiohttp.DummyCookieJar()) as session:
            tasks = [asyncio.create_task(self._one(session, c, key)) for c, key in self.shoppers]
            await self.stop.wait()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _one(self, session, conversation, session_key):
        url = f"{self.node.url}/chat/c/{conversation.public_id}/events/"
        headers = {"Accept": "text/event-stream", "Cookie": f"{settings.SESSION_COOKIE_NAME}={session_key}"}
        async with session.get(url, headers=headers) as response:
            assert response.status == 200, response.status
            event = None
            async for raw in response.content:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event == "message":
                    text = line.split('"text":"', 1)[1].split('"', 1)[0]
                    self.arrived.setdefault(text, time.time())
                    if text.startswith("Question"):
                        self.opened += 1
                        if self.opened == len(self.shoppers):
                            self.ready.set()

    def start(self):
        self.thread.start()
        if not self.ready.wait(120):
            raise RuntimeError(f"only {self.opened} of {len(self.shoppers)} streams opened")

    def close(self):
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(30)


def run(workers, shoppers, staff):
    env = {"DATABASE_URL": os.environ["DATABASE_URL"], "REDIS_URL": REDIS_URL, "CACHE_URL": REDIS_URL,
           "SECRET_KEY": settings.SECRET_KEY}
    node = Node(env, workers=workers).start()
    try:
        time.sleep(2)
        base_pg, base_redis = postgres_connections(), redis_clients()
        before_rss, before_pss = memory_kb(node.process.pid)
        browsers = Browsers(node, shoppers)
        browsers.start()
        time.sleep(2)
        rss, pss = memory_kb(node.process.pid)
        pg, rd = postgres_connections() - base_pg, redis_clients() - base_redis
        cpu0 = cpu_seconds(node.process.pid)
        time.sleep(IDLE_SECONDS)
        idle_cpu = cpu_seconds(node.process.pid) - cpu0
        stored = {}
        cpu0, started = cpu_seconds(node.process.pid), time.monotonic()
        for n, (conversation, _) in enumerate(shoppers):
            text = f"Answer {n} w{workers}"
            stored[text] = time.time()
            conversations.staff_says(conversation=conversation, user=staff, text=text)
        for n, (conversation, _) in enumerate(shoppers):
            text = f"Thanks {n} w{workers}"
            stored[text] = time.time()
            conversations.shopper_says(conversation=conversation, text=text)
        store_seconds = time.monotonic() - started
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not all(t in browsers.arrived for t in stored):
            time.sleep(0.05)
        burst_cpu = cpu_seconds(node.process.pid) - cpu0
        burst_rss, burst_pss = memory_kb(node.process.pid)
        peak_pg = postgres_connections() - base_pg
        browsers.close()
        latencies = sorted(browsers.arrived[t] - s for t, s in stored.items() if t in browsers.arrived)
        for conversation, _ in shoppers:  # the next run starts from staff answering nobody
            Conversation.objects.filter(pk=conversation.pk).update(claimed_by=None)
        return {
            "workers": workers, "streams": STREAMS, "messages": len(stored),
            "lost": len(stored) - len(latencies),
            "p50": statistics.median(latencies) * 1000,
            "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000, "max": latencies[-1] * 1000,
            "store_s": store_seconds,
            "rss_before": before_rss / 1024, "rss": rss / 1024, "pss": pss / 1024,
            "kb_per_stream": (rss - before_rss) / STREAMS, "pss_burst": burst_pss / 1024,
            "idle_cpu_ms": idle_cpu / STREAMS / IDLE_SECONDS * 60 * 1000, "burst_cpu": burst_cpu,
            "redis": rd, "pg": pg, "pg_burst": peak_pg,
        }
    finally:
        node.stop()


def table(rows):
    lines = [
        f"{STREAMS} open chat streams on uvicorn (production settings, PostgreSQL, Redis), then a staff answer "
        f"and a shopper's reply in each conversation ({datetime.now():%Y-%m-%d}, {os.cpu_count()} CPUs)",
        "",
        "| uvicorn workers | messages | lost | latency p50 / p95 / max (ms) | RSS before → open (MiB) | "
        "per stream (KiB RSS) | PSS open / burst (MiB) | idle CPU (ms/stream/min) | burst CPU (s) | "
        "Redis clients | PostgreSQL conns open / burst |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['workers']} | {r['messages']} | {r['lost']} | {r['p50']:.0f} / {r['p95']:.0f} / {r['max']:.0f} | "
            f"{r['rss_before']:.0f} → {r['rss']:.0f} | {r['kb_per_stream']:.0f} | {r['pss']:.0f} / {r['pss_burst']:.0f} | "
            f"{r['idle_cpu_ms']:.1f} | {r['burst_cpu']:.1f} | {r['redis']} | {r['pg']} / {r['pg_burst']} |")
    lines += ["", f"Stored through the ORM in one process, {rows[0]['messages']} messages in "
              f"{rows[0]['store_s']:.1f} s; latency from the store call's start to the event's arrival."]
    return "\n".join(lines) + "\n"


def main():
    print(f"database {DATABASE} (created, migrated, dropped), Redis {REDIS_URL}")
    create_database()
    try:
        shoppers, staff = populate()
        rows = []
        for workers in WORKERS:
            rows.append(run(workers, shoppers, staff))
            print(rows[-1])
    finally:
        drop_database()
    text = table(rows)
    print(text)
    out = settings.BASE_DIR / "var" / "bench-chat.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(text)


if __name__ == "__main__":
    main()
