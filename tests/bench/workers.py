"""How many gunicorn workers and threads for this machine: the same pages under a few configurations.

Run with `make bench-workers`. Like `make bench-load` (tests/bench/load.py) it creates the
PostgreSQL database bodybest_bench_workers (dropped and made again each run; BENCH_POSTGRES_URL
names the server) and uses Redis db 8 (BENCH_REDIS_URL, emptied once), loads the demo store at
10,000 products (BENCH_WORKERS_PRODUCTS) and collects the static files, once for the whole run.
Then, for each configuration in turn, a fresh gunicorn with production settings serves:

- home, a visitor with no cookies (a whole-page cache hit);
- the demo's first massage gun, the same visitor (a hit);
- that product signed in (a demo customer's session, as load.py makes it);
- the basket with 3 lines (an anonymous visitor's cookies, as load.py makes them);

each under `wrk -c10` and `wrk -c100` for BENCH_WORKERS_SECONDS (10) each, p95 from
wrk_report.lua. The workers' memory is read from /proc after those runs: VmRSS summed over the
worker processes, and PSS summed (each shared page split between the processes sharing it, so
the sum is what the workers really take together).

Then a page that waits on the network, as one calling Stripe does: /healthz (a `SELECT 1`, a
count, Redis pings) from a second gunicorn of the same configuration whose PostgreSQL is
reached through tests/bench/slow_link.py, which delivers every answer of the database
BENCH_WORKERS_WAIT_MS (50) late. The store itself is unchanged; the table says how long the
page takes alone.

Configurations: BENCH_WORKERS_CONFIGS, comma-separated `sync:N` (N sync workers) or
`gthread:NxT` (N workers of T threads); by default sync:2,sync:3,sync:5,gthread:2x4,gthread:3x4.
Prints the tables and writes var/bench-workers.md. About 11 minutes with the defaults.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from statistics import median
from urllib.parse import urlsplit

import redis

from tests.bench import load, serving
from tests.bench.serving import ROOT, free_port, manage, stop
from tests.bench.slow_link import SlowLink

DATABASE = "bodybest_bench_workers"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
PRODUCTS = int(os.environ.get("BENCH_WORKERS_PRODUCTS", "10000"))
SECONDS = int(os.environ.get("BENCH_WORKERS_SECONDS", "10"))
WAIT_MS = int(os.environ.get("BENCH_WORKERS_WAIT_MS", "50"))
CONFIGS = os.environ.get("BENCH_WORKERS_CONFIGS", "sync:2,sync:3,sync:5,gthread:2x4,gthread:3x4")
CONNECTIONS = (10, 100)
PAGES = ("home", "product", "signed-in product", "basket with 3 lines")
WAITING = "/healthz, database answers {} ms late"
REPORT = ROOT / "var" / "bench-workers.md"


@dataclass(frozen=True)
class Config:
    """One way to run gunicorn: ``workers`` processes of ``threads`` threads each."""

    worker_class: str
    workers: int
    threads: int = 1

    @property
    def label(self):
        if self.worker_class == "sync":
            return f"sync, {self.workers} workers"
        return f"gthread, {self.workers} workers x {self.threads} threads"


def parse_configs(text):
    """Configurations from ``sync:N`` and ``gthread:NxT`` separated by commas; a wrong one stops
    the run with a message saying what is expected."""
    configs = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        kind, _, size = item.partition(":")
        try:
            if kind == "sync":
                configs.append(Config("sync", int(size)))
            elif kind == "gthread":
                workers, threads = size.split("x")
                configs.append(Config("gthread", int(workers), int(threads)))
            else:
                raise ValueError(kind)
        except ValueError:
            sys.exit(f"BENCH_WORKERS_CONFIGS: {item!r} is neither sync:N nor gthread:NxT")
        if configs[-1].workers < 1 or configs[-1].threads < 1:
            sys.exit(f"BENCH_WORKERS_CONFIGS: {item!r} needs at least one worker and one thread")
    if not configs:
        sys.exit(f"BENCH_WORKERS_CONFIGS: no configuration to measure in {text!r}")
    return configs


def start(env, port, config):
    """A fresh gunicorn of ``config`` once /healthz answers and all its workers run."""
    process = serving.start_gunicorn(env, port, workers=config.workers,
                                     worker_class=config.worker_class, threads=config.threads)
    while len(load.workers(process.pid)) < config.workers:
        time.sleep(0.1)
    return process


def pss_mb(pids):
    """Each worker's proportional share of memory in MB (Pss from /proc/<pid>/smaps_rollup)."""
    found = []
    for pid in pids:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            kb = next(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
        found.append(kb / 1024)
    return found


def measure_pages(env, config, pages):
    """wrk at each concurrency on each of ``pages`` ((name, path[, cookie]); when empty, the
    list is filled from load.pages() through this server: the cookies then serve every
    configuration); then the workers' memory (VmRSS and PSS sums)."""
    port = free_port()
    server = start(env, port, config)
    try:
        if not pages:
            pages.extend(page for page in load.pages(env, port) if page[0] in PAGES)
        results = {}
        for name, path, *cookie in pages:
            url = f"http://127.0.0.1:{port}{path}"
            results[name] = {c: load.wrk(url, server, *cookie, connections=c, seconds=SECONDS)
                             for c in CONNECTIONS}
            print(f"  {config.label}, {name}: " + ", ".join(
                f"c{c} {r['rps']:.0f} requests/s p95 {r['p95_ms']:.0f} ms"
                for c, r in results[name].items()), flush=True)
        pids = load.workers(server.pid)
        memory = (sum(load.rss_mb(pids)), sum(pss_mb(pids)))
    finally:
        stop(server)
    return results, memory


def _through(link_port):
    """DATABASE_URL of the benchmark's database reached through a slow link on ``link_port``."""
    parts = urlsplit(load.SERVER_URL)
    user, at, _ = parts.netloc.rpartition("@")
    return f"{parts.scheme}://{user}{at}127.0.0.1:{link_port}/{DATABASE}"


def _alone_ms(url, times=5):
    """The median time of ``times`` requests one after another, in ms."""
    took = []
    for _ in range(times):
        started = time.monotonic()
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
        took.append((time.monotonic() - started) * 1000)
    return median(took)


def measure_waiting(env, config):
    """/healthz from a gunicorn of ``config`` whose database answers WAIT_MS late: its time
    alone, then wrk at each concurrency."""
    server_url = urlsplit(load.SERVER_URL)
    with SlowLink(server_url.hostname, server_url.port or 5432, WAIT_MS / 1000) as link:
        port = free_port()
        server = start({**env, "DATABASE_URL": _through(link.port)}, port, config)
        try:
            url = f"http://127.0.0.1:{port}/healthz"
            load.warm(url)
            results = {"alone_ms": _alone_ms(url)}
            results.update({c: load.wrk(url, server, connections=c, seconds=SECONDS)
                            for c in CONNECTIONS})
        finally:
            stop(server)
    print(f"  {config.label}, /healthz waiting: alone {results['alone_ms']:.0f} ms, " + ", ".join(
        f"c{c} {results[c]['rps']:.0f} requests/s p95 {results[c]['p95_ms']:.0f} ms"
        for c in CONNECTIONS), flush=True)
    return results


def report(measured, started):
    """The Markdown tables: each page under each configuration, then the workers' memory."""
    lines = ["| page | configuration | cache | "
             + " | ".join(f"c{c} requests/s | c{c} p95 ms" for c in CONNECTIONS) + " |",
             "|---|---|---|" + "---:|---:|" * len(CONNECTIONS)]
    for page in PAGES:
        for config, (results, _), _waiting in measured:
            runs = results[page]
            lines.append(f"| {page} | {config.label} | {runs[CONNECTIONS[0]]['cache']} | "
                         + " | ".join(f"{runs[c]['rps']:,.1f} | {runs[c]['p95_ms']:,.1f}"
                                      for c in CONNECTIONS) + " |")
    for config, _, waiting in measured:
        lines.append(f"| {WAITING.format(WAIT_MS)} (alone: {waiting['alone_ms']:.0f} ms) "
                     f"| {config.label} | none | "
                     + " | ".join(f"{waiting[c]['rps']:,.1f} | {waiting[c]['p95_ms']:,.1f}"
                                  for c in CONNECTIONS) + " |")
    lines += ["", "| configuration | workers' RSS MB (sum of VmRSS) | workers' PSS MB (sum) |",
              "|---|---:|---:|"]
    for config, (_, (rss, pss)), _waiting in measured:
        lines.append(f"| {config.label} | {rss:,.0f} | {pss:,.0f} |")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    lines += ["", (
        f"`make bench-workers`, {datetime.now(timezone.utc):%Y-%m-%d}, commit {commit or '?'}: "
        f"{PRODUCTS:,} products, production settings, PostgreSQL, Redis; {os.cpu_count()} CPUs. "
        f"`wrk -t4 -c10` and `wrk -t4 -c100`, {SECONDS} s each, after five fetches of the page; "
        "the cache column is the X-Page-Cache header of the last of them. Memory is read after "
        "the four pages' runs. The last rows come from a second gunicorn of each configuration "
        f"whose PostgreSQL answers {WAIT_MS} ms late (tests/bench/slow_link.py). "
        f"Whole run: {time.monotonic() - started:.0f} s.")]
    return "\n".join(lines) + "\n"


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk (make bench-workers installs it as root)")
    configs = parse_configs(CONFIGS)
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="bodybest-bench-workers-"))
    env = serving.store_environment(workdir, f"{load.SERVER_URL}/{DATABASE}", REDIS_URL=REDIS_URL)
    measured = []
    try:
        load._server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        load._server(f'CREATE DATABASE "{DATABASE}"')
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "load_demo_store", "--site-domain", "127.0.0.1", "--products", str(PRODUCTS))
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        redis.Redis.from_url(REDIS_URL).flushdb()
        print(f"Loaded {PRODUCTS:,} products in {time.monotonic() - started:.0f} s", flush=True)
        pages = []
        for config in configs:
            measured.append((config, measure_pages(env, config, pages),
                             measure_waiting(env, config)))
    finally:
        load._server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)
    text = report(measured, started)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(text)
    print()
    print(text)


if __name__ == "__main__":
    main()
