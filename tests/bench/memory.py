"""Memory benchmark: the two gunicorn workers' resident memory over 100,000 requests.

Run with `make bench-memory`. Like the load benchmark (tests/bench/load.py), whose helpers it
uses, it creates the PostgreSQL database bodybest_bench_memory (dropped and made again each
run; BENCH_POSTGRES_URL names the server), uses Redis db 7 (BENCH_REDIS_URL, emptied first),
loads the demo store with 10,000 products (BENCH_MEMORY_PRODUCTS), collects the static files
and starts gunicorn with production settings (DEBUG off, 2 sync workers) on a free port.

`wrk -t1 -c10` then sends a shuffled mix of requests (tests/bench/memory_mix.py, through
tests/bench/wrk_mix.lua): 600 different product pages, categories and the catalogue with
page numbers, sorts and filters, searches for up to 400 different title words (177 at 10,000
products; some misspelt, some filtered), suggestions, articles, the blog index, comparison
share links, and the signed-in home, products and searches of a customer and the basket,
products and categories of a visitor with 3 lines in the basket. After 2,000 requests of warm-up it reads each worker's
VmRSS (/proc/<pid>/status), then again after every 10,000 requests up to 100,000
(BENCH_MEMORY_REQUESTS). A failed request or an answer other than 200 stops the run, and so
does a worker replaced on the way (its memory would start again). Prints the table and writes
var/bench-memory.md.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import psycopg2
import redis

from tests.bench import load, serving
from tests.bench.memory_mix import mix
from tests.bench.serving import ROOT, free_port, manage, stop

SERVER_URL = load.SERVER_URL
DATABASE = "bodybest_bench_memory"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
PRODUCTS = int(os.environ.get("BENCH_MEMORY_PRODUCTS", "10000"))
REQUESTS = int(os.environ.get("BENCH_MEMORY_REQUESTS", "100000"))
WARM_UP = 2000
EVERY = 10000
THREADS, CONNECTIONS = 1, 10  # one thread: when it stops, wrk ends every connection at once
MIX_LINES = 20000  # the list wraps round: 100,000 requests read it five times
REPORT = ROOT / "var" / "bench-memory.md"
LUA = Path(__file__).with_name("wrk_mix.lua")


def _server(sql):
    conn = psycopg2.connect(f"{SERVER_URL}/postgres")
    try:
        conn.autocommit = True  # CREATE/DROP DATABASE refuse to run in a transaction
        conn.cursor().execute(sql)
    finally:
        conn.close()


def catalogue(env):
    out = subprocess.run([sys.executable, "-m", "tests.bench.memory_mix"], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def send(url, env, start, count):
    """``count`` requests of the mix from line ``start``; returns what wrk counted. wrk would
    wait out its whole duration after the script stops it, so it is interrupted then (SIGINT:
    it still reports)."""
    process = subprocess.Popen(
        ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", "-d3600s", "--timeout", "30s", "-s", str(LUA), url],
        stdout=subprocess.PIPE, text=True,
        env={**env, "BENCH_START": str(start), "BENCH_COUNT": str(count), "BENCH_THREADS": str(THREADS)})
    stopped = 0
    for line in process.stdout:
        if line.strip() == "stopped":
            stopped += 1
            if stopped == THREADS:
                process.send_signal(signal.SIGINT)
        elif line.startswith("{"):
            result = json.loads(line)
    if process.wait() != 0:
        sys.exit(f"wrk stopped with {process.returncode}")
    if result["failed"] or result["not_200"]:
        sys.exit(f"{result['failed']} failed requests and {result['not_200']} answers other than 200 "
                 f"between lines {start} and {start + count} of the mix")
    return result


def run(env, found):
    """[(requests done, [RSS MB of each worker])], the first after the warm-up."""
    port = free_port()
    server = load.start_gunicorn(env, port, "bodybest.wsgi")
    try:
        cookies = {
            "BENCH_COOKIE_SIGNED_IN": found["session"],
            "BENCH_COOKIE_BASKET": load.basket_cookie(port, found["basket_ids"]),
        }
        paths = Path(env["VAR_DIR"]) / "memory-mix.txt"
        paths.write_text("\n".join(mix(found, MIX_LINES)) + "\n")
        wrk_env = {**os.environ, **cookies, "BENCH_PATHS": str(paths)}
        url = f"http://127.0.0.1:{port}"
        pids = sorted(load.workers(server.pid))
        send(url, wrk_env, 0, WARM_UP)
        samples = [(0, load.rss_mb(pids))]
        print(f"After {WARM_UP:,} requests of warm-up: RSS {_mb(samples[0][1])} MB", flush=True)
        done, started = 0, time.monotonic()
        while done < REQUESTS:
            result = send(url, wrk_env, WARM_UP + done, min(EVERY, REQUESTS - done))
            done += result["requests"]
            if sorted(load.workers(server.pid)) != pids:
                sys.exit(f"A worker was replaced after {done:,} requests: {pids} became "
                         f"{sorted(load.workers(server.pid))}")
            samples.append((done, load.rss_mb(pids)))
            print(f"  {done:,} requests ({done / (time.monotonic() - started):.0f} a second): "
                  f"RSS {_mb(samples[-1][1])} MB", flush=True)
    finally:
        stop(server)
    return samples


def _mb(values):
    return " + ".join(f"{value:.0f}" for value in values)


def table(samples):
    workers = len(samples[0][1])
    lines = [
        "| requests after the warm-up | " + " | ".join(f"worker {n + 1} RSS MB" for n in range(workers)) + " |",
        "|---:|" + "---:|" * workers,
    ]
    for done, rss in samples:
        lines.append(f"| {done:,} | " + " | ".join(f"{value:.1f}" for value in rss) + " |")
    first, last = samples[0][1], samples[-1][1]
    lines.append("| growth, start to end | " + " | ".join(
        f"{b - a:+.1f} MB ({(b - a) / a * 100:+.1f}%)" for a, b in zip(first, last)) + " |")
    return "\n".join(lines)


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk (make bench-memory installs it as root)")
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="bodybest-bench-memory-"))
    env = serving.store_environment(workdir, f"{SERVER_URL}/{DATABASE}", REDIS_URL=REDIS_URL)
    try:
        _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        _server(f'CREATE DATABASE "{DATABASE}"')
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "load_demo_store", "--site-domain", "127.0.0.1", "--products", str(PRODUCTS))
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        redis.Redis.from_url(REDIS_URL).flushdb()
        found = catalogue(env)
        print(f"Mix: {len(found['products'])} product pages, {len(found['categories'])} categories, "
              f"{len(found['words'])} search words, {len(found['articles'])} articles", flush=True)
        samples = run(env, found)
    finally:
        _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)
    note = (
        f"`make bench-memory`, {datetime.now(timezone.utc):%Y-%m-%d}: gunicorn 2 sync workers, "
        f"DEBUG off, PostgreSQL, Redis, {PRODUCTS:,} products; `wrk -t{THREADS} -c{CONNECTIONS}` "
        f"on the mix of tests/bench/memory_mix.py after {WARM_UP:,} requests of warm-up; VmRSS "
        f"of each worker; {os.cpu_count()} CPUs. Whole run: {time.monotonic() - started:.0f} s."
    )
    report = table(samples) + "\n\n" + note + "\n"
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(report)
    print()
    print(report)


if __name__ == "__main__":
    main()
