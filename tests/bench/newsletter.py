"""Benchmark: one article mailed by a real Celery worker to 10,000 subscribers through SMTP.

Run with `make bench-newsletter`. Needs PostgreSQL and Redis on 127.0.0.1: it creates and drops
the database bodybest_bench, uses Redis db 5 with a queue of its own, and counts the mail with an
SMTP sink in another process (tests/bench/smtp_sink.py). For 2,000 then 10,000 confirmed
subscribers, each with a fresh worker of 2 prefork processes, it measures:
- messages a second from queuing the send to the sink holding every message, beside the sink's
  own rate over one plain smtplib connection measured just before (small messages, and this
  article's message);
- the worker's peak memory (VmHWM of the main process and of each pool process);
- SQL queries per `send_batch` task, counted inside the worker (tests/bench/newsletter_worker_app.py);
- messages the sink accepted, and duplicates.
It prints a table and writes it to var/bench-newsletter.md. Figures, not assertions.
BENCH_TCP_NODELAY=1 and BENCH_SYNCHRONOUS_COMMIT=off try two changes to the sending code in the
bench worker only, to measure them before they are made; the table's title says which ran.
"""
import json
import math
import os
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import datetime

SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = "bodybest_bench"
BROKER_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
QUEUE = f"bench-newsletter-{uuid.uuid4().hex[:8]}"
SIZES = [int(n) for n in os.environ.get("BENCH_SUBSCRIBERS", "2000,10000").split(",")]
BASELINE_MESSAGES = int(os.environ.get("BENCH_BASELINE_MESSAGES", "2000"))
CONCURRENCY = 2
STALL_SECONDS = 60
# Experiments, off by default: try a change to the sending code before it is made there.
# BENCH_TCP_NODELAY=1: TwoPhaseSMTP's socket without Nagle's algorithm (set by the bench worker).
# BENCH_SYNCHRONOUS_COMMIT=off: the worker's commits do not wait for the WAL flush.
NODELAY = bool(os.environ.get("BENCH_TCP_NODELAY"))
SYNC_COMMIT_OFF = os.environ.get("BENCH_SYNCHRONOUS_COMMIT") == "off"

# Set, never defaulted: the bench drops this database, so it must not come from the environment.
os.environ["DATABASE_URL"] = f"{SERVER_URL}/{DATABASE}"
os.environ["REDIS_URL"] = os.environ["CACHE_URL"] = os.environ["CELERY_BROKER_URL"] = BROKER_URL
os.environ["CELERY_TASK_DEFAULT_QUEUE"] = QUEUE
os.environ["NEWSLETTER_RATE_PER_SECOND"] = "0"
os.environ.pop("EMAIL_URL", None)  # the worker gets the sink's; the bench sends no Django mail
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")

import django  # noqa: E402

django.setup()

import psycopg2  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connections  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.utils import timezone  # noqa: E402

from blog import rendering  # noqa: E402
from blog.models import Article, Author  # noqa: E402
from blog.newsletter import publishing, tasks  # noqa: E402
from blog.newsletter.mail import ArticleMail  # noqa: E402
from blog.newsletter.models import ArticleSend, Delivery, Subscriber  # noqa: E402
from bodybest.celery import app  # noqa: E402
from tests.celery_worker import _wait_until_ready, wait_for  # noqa: E402

BODY = """Ten minutes of gentle mobility a day does more for a stiff back than an hour once a week.

## Three moves

1. Cat and cow, slowly, ten times.
2. A supported child's pose on a **bolster**, one minute.
3. Knee rolls on a mat, five each way.

Stop if anything hurts, and ask your therapist about [our hot and cold packs](/catalogue/).
"""


# The database -------------------------------------------------------------------------------

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


def populate(count):
    """`count` confirmed subscribers and one live article, nothing else of the newsletter."""
    Article.objects.all().delete()  # and its send and delivery rows
    Subscriber.objects.all().delete()
    now = timezone.now()
    Subscriber.objects.bulk_create(
        [Subscriber(email=f"reader{i:05d}@example.com", status=Subscriber.CONFIRMED, confirmed=now)
         for i in range(count)], batch_size=2000)
    author, _ = Author.objects.get_or_create(slug="bench", defaults={"name": "Maude Lefebvre, RMT"})
    # bulk_create, not save(): saving a live article queues its mailing (post_save, on commit),
    # and the bench starts exactly one send itself.
    [article] = Article.objects.bulk_create([Article(
        title="Ten minutes a day for a stiff back", slug=f"bench-{count}", author=author,
        status=Article.PUBLISHED, publish_at=now, excerpt="Three gentle moves, every morning.",
        body=BODY, body_html=rendering.render_markdown(BODY), reading_minutes=rendering.reading_minutes(BODY),
    )])
    return article


# The SMTP sink -------------------------------------------------------------------------------

class Sink:
    """tests/bench/smtp_sink.py in its own process, and a line to its control port."""

    def __init__(self):
        self.process = subprocess.Popen([sys.executable, "-m", "tests.bench.smtp_sink"],
                                        cwd=settings.BASE_DIR, stdout=subprocess.PIPE, text=True)
        ready = self.process.stdout.readline().split()
        if not ready or ready[0] != "ready":
            self.process.kill()
            raise RuntimeError("the SMTP sink did not start")
        self.port, control_port = int(ready[1]), int(ready[2])
        self.control = socket.create_connection(("127.0.0.1", control_port))
        self.answers = self.control.makefile("rb")

    def _ask(self, command):
        self.control.sendall(command + b"\n")
        return json.loads(self.answers.readline())

    def stats(self):
        return self._ask(b"stats")

    def reset(self):
        return self._ask(b"reset")

    def stop(self):
        self.control.close()
        self.process.terminate()
        self.process.wait(timeout=10)


def sink_rate(port, message, count):
    """Messages a second over one plain smtplib connection, `message` (bytes) each time."""
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        smtp.ehlo()
        start = time.perf_counter()
        for i in range(count):
            smtp.sendmail("bench@bodybest.ca", [f"baseline{i}@example.com"], message)
        return count / (time.perf_counter() - start)


SMALL_MESSAGE = (b"From: bench@bodybest.ca\r\nTo: reader@example.com\r\nSubject: baseline\r\n"
                 b"\r\nA small message.\r\n")


# The worker and /proc ------------------------------------------------------------------------

@contextmanager
def worker(workdir, sink_port):
    """`celery worker` (2 prefork processes) on the bench queue, counting each batch's queries
    into workdir/queries.jsonl; yields (process, that path)."""
    log_path, query_log = os.path.join(workdir, "worker.log"), os.path.join(workdir, "queries.jsonl")
    env = {**os.environ, "EMAIL_URL": f"smtp://127.0.0.1:{sink_port}", "BENCH_QUERY_LOG": query_log}
    if NODELAY:
        env["BENCH_TCP_NODELAY"] = "1"
    if SYNC_COMMIT_OFF:
        env["DATABASE_URL"] += "?options=-c%20synchronous_commit%3Doff"
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tests.bench.newsletter_worker_app", "worker",
             "-Q", QUEUE, "--pool", "prefork", "--concurrency", str(CONCURRENCY),
             "--without-gossip", "--without-mingle", "--without-heartbeat",
             "-n", f"{QUEUE}@%h", "--loglevel", "INFO"],
            cwd=settings.BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_until_ready(log_path, process, app, f"{QUEUE}@{socket.gethostname()}")
            yield process, query_log
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def peak_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pids):
    ticks = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_ticks():
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    return sum(values), values[3] + values[4]  # all, idle + iowait


# One run -------------------------------------------------------------------------------------

def run(count, sink):
    print(f"\n{count:,} subscribers: creating them and one article")
    article = populate(count)
    batch_size = settings.NEWSLETTER_BATCH_SIZE
    batches = math.ceil(count / batch_size)
    article_message = ArticleMail(article).for_subscriber(
        Subscriber(pk=1, email="reader@example.com")).message().as_bytes(linesep="\r\n")
    workdir = tempfile.mkdtemp(prefix="bench-newsletter-")
    with worker(workdir, sink.port) as (process, query_log):
        sink.reset()
        small_rate = sink_rate(sink.port, SMALL_MESSAGE, BASELINE_MESSAGES)
        article_rate = sink_rate(sink.port, article_message, BASELINE_MESSAGES)
        sink.reset()
        print(f"sink over one smtplib connection: {small_rate:,.0f} small messages/s, "
              f"{article_rate:,.0f} of this article's ({len(article_message):,} bytes)/s")

        pool = children(process.pid)
        workers_cpu, sink_cpu, machine = cpu_seconds([process.pid, *pool]), cpu_seconds([sink.process.pid]), machine_ticks()
        start = time.perf_counter()
        send = publishing.start(article.pk)
        tasks.fan_out.delay(send.pk)
        received, last_change, last_print = 0, start, start
        while received < count:
            time.sleep(0.1)
            now, seen = time.perf_counter(), sink.stats()["unique"]
            if seen != received:
                received, last_change = seen, now
            if now - last_print >= 2:
                print(f"sent {received:,} / {count:,}", flush=True)
                last_print = now
                failed = Delivery.objects.filter(send=send).exclude(error="").values_list("error", flat=True).first()
                if failed:
                    raise RuntimeError(f"a delivery failed: {failed}; worker log: {workdir}/worker.log")
            if now - last_change > STALL_SECONDS or process.poll() is not None:
                raise RuntimeError(f"sending stalled at {received:,} / {count:,}; worker log: "
                                   f"{workdir}/worker.log")
        elapsed = time.perf_counter() - start
        all_ticks, idle_ticks = (a - b for a, b in zip(machine_ticks(), machine))
        workers_cpu = cpu_seconds([process.pid, *pool]) - workers_cpu
        sink_cpu = cpu_seconds([sink.process.pid]) - sink_cpu
        print(f"sent {received:,} / {count:,} in {elapsed:.1f} s")

        def batches_recorded():
            if not os.path.exists(query_log):
                return []
            with open(query_log) as lines:
                return [json.loads(line) for line in lines]

        wait_for(lambda: ArticleSend.objects.filter(pk=send.pk, status=ArticleSend.DONE).exists()
                 and len(batches_recorded()) >= batches, timeout=60)
        records = batches_recorded()
        pool = children(process.pid)
        memory = {"main": peak_kb(process.pid), "pool": [peak_kb(pid) for pid in pool]}
    stats = sink.stats()
    statuses = dict(Delivery.objects.filter(send=send).values_list("status").annotate(n=Count("pk")))
    queries = sorted(record["queries"] for record in records)
    median_record = sorted(records, key=lambda r: r["queries"])[len(records) // 2] if records else {}
    shutil.rmtree(workdir)
    return {
        "count": count, "seconds": elapsed, "rate": count / elapsed,
        "small_rate": small_rate, "article_rate": article_rate, "article_bytes": len(article_message),
        "memory": memory, "pool_size": len(pool),
        "batch_size": batch_size, "batches": len(records), "queries": queries,
        "kinds": median_record.get("kinds", {}),
        "batch_seconds": statistics.median(r["seconds"] for r in records) if records else 0,
        "batch_db_seconds": statistics.median(r["db_seconds"] for r in records) if records else 0,
        "messages": stats["messages"], "unique": stats["unique"], "duplicates": stats["duplicates"],
        "statuses": statuses, "sends": ArticleSend.objects.count(),
        "workers_cpu": workers_cpu, "sink_cpu": sink_cpu,
        "machine_busy": 1 - idle_ticks / all_ticks if all_ticks else 0,
    }


# The report ----------------------------------------------------------------------------------

def _mb(kb):
    return f"{kb / 1024:.0f}"


ROWS = [
    ("messages/s, end to end", lambda r: f"{r['rate']:,.0f} ({r['seconds']:.1f} s)"),
    ("sink, 1 smtplib connection, small msg/s", lambda r: f"{r['small_rate']:,.0f}"),
    ("  ratio end to end / sink", lambda r: f"{r['rate'] / r['small_rate']:.0%}"),
    ("sink, 1 connection, article msg/s", lambda r: f"{r['article_rate']:,.0f} ({r['article_bytes']:,} B)"),
    ("  ratio end to end / that", lambda r: f"{r['rate'] / r['article_rate']:.0%}"),
    ("worker peak MB: main, max pool, sum", lambda r: f"{_mb(r['memory']['main'])}, "
     f"{_mb(max(r['memory']['pool'], default=0))}, {_mb(r['memory']['main'] + sum(r['memory']['pool']))}"),
    ("queries/batch: min, median, max", lambda r: ", ".join(
        str(q) for q in (r["queries"][0], statistics.median(r["queries"]), r["queries"][-1])) if r["queries"] else "none"),
    ("  batch size, batches", lambda r: f"{r['batch_size']}, {r['batches']}"),
    ("  median batch: kinds", lambda r: " ".join(f"{k} {v}" for k, v in sorted(r["kinds"].items()))),
    ("  median batch: s, of which in SQL", lambda r: f"{r['batch_seconds']:.2f}, {r['batch_db_seconds']:.2f}"),
    ("CPU s: worker, sink; machine busy", lambda r: f"{r['workers_cpu']:.1f}, {r['sink_cpu']:.1f}; "
     f"{r['machine_busy']:.0%}"),
    ("messages received, unique", lambda r: f"{r['messages']:,}, {r['unique']:,}"),
    ("duplicates", lambda r: f"{r['duplicates']}"),
    ("delivery rows by status", lambda r: " ".join(f"{k} {v:,}" for k, v in sorted(r["statuses"].items()))),
]


def report(results):
    title = (f"Newsletter: one article to N confirmed subscribers through a Celery worker "
             f"({CONCURRENCY} prefork processes, {os.cpu_count()} CPU cores), PostgreSQL, Redis, "
             f"aiosmtpd sink in its own process; DEBUG {'on' if settings.DEBUG else 'off'}, "
             f"NEWSLETTER_BATCH_SIZE {settings.NEWSLETTER_BATCH_SIZE}, no rate limit")
    experiments = [name for name, on in (("TCP_NODELAY on TwoPhaseSMTP's socket", NODELAY),
                                         ("synchronous_commit off in the worker", SYNC_COMMIT_OFF)) if on]
    title += "; experiments: " + (", ".join(experiments) if experiments else "none (the code as it is)")
    headers = [f"{r['count']:,} subscribers" for r in results]
    print("\n" + title)
    print(f"{'':40} " + " ".join(f"{h:>24}" for h in headers))
    for label, cell in ROWS:
        print(f"{label:40} " + " ".join(f"{cell(r):>24}" for r in results))

    lines = [f"# Newsletter benchmark ({datetime.now():%Y-%m-%d %H:%M})", "", title + ".", "",
             "| | " + " | ".join(headers) + " |", "|---|" + "---:|" * len(results)]
    lines += [f"| {label.strip()} | " + " | ".join(cell(r) for r in results) + " |" for label, cell in ROWS]
    lines += ["", "End to end: from `publishing.start` and `fan_out.delay` to the sink holding every "
              "message. Sink rates: the same sink, one plain smtplib connection from the bench "
              f"process, {BASELINE_MESSAGES:,} messages, measured just before the send. Memory: "
              "VmHWM from /proc of the worker's main and pool processes (the sum counts shared pages "
              "twice). Queries: counted in the worker around each `send_batch` task.", ""]
    path = os.path.join(settings.VAR_DIR, "bench-newsletter.md")
    os.makedirs(settings.VAR_DIR, exist_ok=True)
    with open(path, "w") as markdown:
        markdown.write("\n".join(lines))
    print(f"\nwritten to {os.path.relpath(path, settings.BASE_DIR)}")


def forget_queue():
    import redis

    client = redis.Redis.from_url(BROKER_URL)
    for key in client.scan_iter(match=f"*{QUEUE}*"):
        client.delete(key)


def main():
    print(f"database {DATABASE} (created, migrated, dropped), broker {BROKER_URL}, queue {QUEUE}")
    create_database()
    sink = Sink()
    try:
        results = [run(count, sink) for count in SIZES]
    finally:
        sink.stop()
        drop_database()
        forget_queue()
    report(results)


if __name__ == "__main__":
    main()
