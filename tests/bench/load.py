"""Load benchmark: the storefront under 10 concurrent connections at 68 and 10,000 products.

Run with `make bench-load`. It creates the PostgreSQL database bodybest_bench_load (dropped and
made again each run; BENCH_POSTGRES_URL names the server) and uses Redis db 6 (BENCH_REDIS_URL,
emptied before each size), loads the demo store, collects the static files and starts gunicorn
with production settings (DEBUG off, 2 sync workers) on a free port of 127.0.0.1, beside a
second gunicorn serving a Django hello-world view (tests/bench/hello_app.py), the baseline
taken in the same run. Each page gets `wrk -t2 -c10 -d10s --latency` (BENCH_LOAD_SECONDS);
the table gives requests a second, p50, p95, the share of the baseline's requests a second and
the gunicorn workers' CPU time per request (from /proc/<pid>/stat before and after). Then it
generates products up to 10,000 (BENCH_LOAD_PRODUCTS) and measures again. Prints the tables
and writes var/bench-load.md.

Pages: home; the catalogue, the Massage guns category and the search for "massage", each bare
and with two filters; the suggestions for "massage g" and "mas"; a product. The filters are the
brand and price band of the demo's first massage gun (and, on the category, in stock when it
is), so they match products at both sizes; a filtered page that lists nothing stops the run.
load_demo_store rebuilds the search documents at each size. BENCH_LOAD_KEEP=1 keeps the
database and the folder of media and static files afterwards (to profile the store at size;
the next run drops the database).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl

import psycopg2
import redis

from tests.bench import serving
from tests.bench.serving import ROOT, free_port, manage, stop

SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = "bodybest_bench_load"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "10"))
SIZES = [68, int(os.environ.get("BENCH_LOAD_PRODUCTS", "10000"))]
KEEP = os.environ.get("BENCH_LOAD_KEEP") == "1"
REPORT = ROOT / "var" / "bench-load.md"
LUA = Path(__file__).with_name("wrk_report.lua")


def store_environment(workdir):
    """Production settings on the benchmark's own PostgreSQL database and Redis db."""
    return serving.store_environment(workdir, f"{SERVER_URL}/{DATABASE}", REDIS_URL=REDIS_URL)


def _server(sql):
    conn = psycopg2.connect(f"{SERVER_URL}/postgres")
    try:
        conn.autocommit = True  # CREATE/DROP DATABASE refuse to run in a transaction
        conn.cursor().execute(sql)
    finally:
        conn.close()


def pages(env):
    """(name, path) of the pages measured. The category and product are the demo's first; the
    filters are that product's brand and price band (and, on the category, in stock when it
    is), each filtered page checked to list something at this size."""
    code = (
        "import django, json; django.setup()\n"
        "from urllib.parse import urlencode\n"
        "from django.http import QueryDict\n"
        "from oscar.core.loading import get_model\n"
        "from catalog.search import browse\n"
        "from catalog.search.engine import PRICE_BANDS\n"
        "P = get_model('catalogue', 'Product'); C = get_model('catalogue', 'Category')\n"
        "p = P.objects.browsable().filter(upc__startswith='BB-MG').order_by('upc').first()\n"
        "c = C.objects.get(slug='massage-guns')\n"
        "d = p.search_document\n"
        "band = next(k for k, low, high in PRICE_BANDS if d.price >= low and (high is None or d.price < high))\n"
        "two = urlencode({'brand': d.brand, 'price': band})\n"
        "in_category = urlencode({'brand': d.brand, 'in_stock': 1}) if d.in_stock else two\n"
        "listed = [browse.listing(QueryDict(q), query=w, category=k).total\n"
        "          for w, k, q in [('', None, two), ('', c, in_category), ('massage', None, two)]]\n"
        "print(json.dumps({'category': c.get_absolute_url(), 'product': p.get_absolute_url(),\n"
        "                  'two': two, 'in_category': in_category, 'listed': listed}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    found = json.loads(out.strip().splitlines()[-1])
    if 0 in found["listed"]:
        sys.exit(f"A filtered page lists nothing ({found}): choose other filters in pages()")
    category, two, in_category = found["category"], found["two"], found["in_category"]
    return [
        ("home", "/"),
        ("catalogue index", "/catalogue/"),
        (f"catalogue, {_facets(two)}", f"/catalogue/?{two}"),
        ("category (Massage guns)", category),
        (f"category, {_facets(in_category)}", f"{category}?{in_category}"),
        ("search `massage`", "/search/?q=massage"),
        (f"search `massage`, {_facets(two)}", f"/search/?q=massage&{two}"),
        ("suggestions `massage g`", "/search/suggest/?q=massage%20g"),
        ("suggestions `mas`", "/search/suggest/?q=mas"),
        ("product", found["product"]),
    ]


def _facets(query):
    """The filters of a query string as the table shows them: "brand Northpoint + price 100-250"."""
    return " + ".join(f"{key} {value}" for key, value in parse_qsl(query))


def start_gunicorn(env, port, app):
    """gunicorn once it answers "/" (the baseline has no /healthz) and both workers run."""
    process = serving.start_gunicorn(env, port, app, ready_path="/")
    while len(workers(process.pid)) < 2:
        time.sleep(0.1)
    return process


def workers(pid):
    """The gunicorn workers: the master's child processes."""
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


def cpu_seconds(pids):
    ticks = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def warm(url, times=5):
    for _ in range(times):
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                response.read()
        except urllib.error.HTTPError as error:
            sys.exit(f"{url} answered {error.code}")


def wrk(url, server):
    """One wrk run; returns requests/s, p50, p95 and worker CPU ms per request."""
    warm(url)
    pids = workers(server.pid)
    before = cpu_seconds(pids)
    done = subprocess.run(
        ["wrk", "-t2", "-c10", f"-d{SECONDS}s", "--timeout", "30s", "--latency", "-s", str(LUA), url],
        capture_output=True, text=True, check=True)
    cpu = cpu_seconds(pids) - before
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["errors"]:
        sys.exit(f"{url}: {result['errors']} failed requests under load\n{done.stdout}")
    result["rps"] = result["requests"] / result["seconds"]
    result["cpu_ms"] = cpu * 1000 / max(result["requests"], 1)
    return result


def measure(env, size):
    port = free_port()
    server = start_gunicorn(env, port, "bodybest.wsgi")
    try:
        rows = []
        for name, path in pages(env):
            rows.append((name, path, wrk(f"http://127.0.0.1:{port}{path}", server)))
            print(f"  {size} products, {name}: {rows[-1][2]['rps']:.1f} requests/s", flush=True)
    finally:
        stop(server)
    return rows


def table(size, baseline, rows):
    lines = [
        f"#### {size:,} products",
        "",
        "| page | requests/s | p50 ms | p95 ms | share of baseline | worker CPU ms/request |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, result in [("hello world (baseline)", baseline), *[(n, r) for n, _, r in rows]]:
        share = result["rps"] / baseline["rps"] * 100
        lines.append(
            f"| {name} | {result['rps']:,.1f} | {result['p50_ms']:.1f} | {result['p95_ms']:.1f} "
            f"| {share:.2f}% | {result['cpu_ms']:.1f} |"
        )
    return "\n".join(lines)


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk (make bench-load installs it as root)")
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="bodybest-bench-load-"))
    env = store_environment(workdir)
    cache = redis.Redis.from_url(REDIS_URL)
    hello = None
    tables = []
    try:
        _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        _server(f'CREATE DATABASE "{DATABASE}"')
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        hello_port = free_port()
        hello = start_gunicorn(env, hello_port, "tests.bench.hello_app:application")
        hello_url = f"http://127.0.0.1:{hello_port}/"
        for size in SIZES:
            args = ["load_demo_store", "--site-domain", "127.0.0.1"]
            if size > SIZES[0]:
                args += ["--products", str(size)]
            load_started = time.monotonic()
            manage(env, *args, quiet=False)
            print(f"Loaded {size} products in {time.monotonic() - load_started:.0f} s", flush=True)
            # Again before each size: a static file added to the tree meanwhile would be a 500.
            manage(env, "collectstatic", "--noinput", "--verbosity", "0")
            cache.flushdb()  # the same cold cache for each size
            baseline = wrk(hello_url, hello)
            print(f"  baseline: {baseline['rps']:.0f} requests/s", flush=True)
            tables.append(table(size, baseline, measure(env, size)))
    finally:
        if hello is not None:
            stop(hello)
        if KEEP:
            print(f"Kept: DATABASE_URL={env['DATABASE_URL']} VAR_DIR={workdir}", flush=True)
        else:
            _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
            shutil.rmtree(workdir, ignore_errors=True)
    note = (
        f"`make bench-load`, {datetime.now(timezone.utc):%Y-%m-%d}: gunicorn 2 sync workers, "
        f"DEBUG off, PostgreSQL, Redis; `wrk -t2 -c10 -d{SECONDS}s`; {os.cpu_count()} CPUs. "
        + f"Whole run: {time.monotonic() - started:.0f} s."
    )
    report = "\n\n".join([*tables, note]) + "\n"
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(report)
    print()
    print(report)


if __name__ == "__main__":
    main()
