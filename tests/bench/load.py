"""Load benchmark: the storefront under 10 and 100 concurrent connections at 68 and 10,000 products.

Run with `make bench-load`. It creates the PostgreSQL database bodybest_bench_load (dropped and
made again each run; BENCH_POSTGRES_URL names the server) and uses Redis db 6 (BENCH_REDIS_URL,
emptied before each size), loads the demo store, collects the static files and starts gunicorn
with production settings (DEBUG off, 2 sync workers) on a free port of 127.0.0.1, beside a
second gunicorn serving a Django hello-world view (tests/bench/hello_app.py), the baseline
taken in the same run. Each page gets `wrk -t2 -c10 -d10s --latency` (BENCH_LOAD_SECONDS);
the table gives requests a second, p50, p95, the share of the baseline's requests a second and
the gunicorn workers' CPU time per request (from /proc/<pid>/stat before and after), whether
one fetch of the page came from the whole-page cache (its X-Page-Cache header) and the two
workers' resident memory after the page (VmRSS). The anonymous pages of issue 16's targets
also get `wrk -t4 -c100 -d10s` (BENCH_LOAD_C100_SECONDS): requests a second and p95. Then it
generates products up to 10,000 (BENCH_LOAD_PRODUCTS) and measures again. Prints the tables
and writes var/bench-load.md.

Pages: home; the catalogue, the Massage guns category and the search for "massage", each bare
and with two filters; the suggestions for "massage g" and "mas"; a product; the blog index and
the demo's first published article; the comparison share link of three massage guns; home and
the product signed in (a demo customer's session made with Django's SessionStore, sent by
wrk_report.lua from BENCH_COOKIE); the basket with 3 lines of an anonymous visitor (added
through the basket's own form, its cookies kept). The filters are the
brand and price band of the demo's first massage gun (and, on the category, in stock when it
is), so they match products at both sizes; a filtered page that lists nothing stops the run.
load_demo_store rebuilds the search documents at each size. BENCH_LOAD_KEEP=1 keeps the
database and the folder of media and static files afterwards (to profile the store at size;
the next run drops the database).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import psycopg2
import redis

from tests.bench import serving
from tests.bench.serving import ROOT, free_port, manage, stop

SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = "bodybest_bench_load"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "10"))
C100_SECONDS = int(os.environ.get("BENCH_LOAD_C100_SECONDS", "10"))
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


def pages(env, port):
    """(name, path[, cookie]) of the pages measured. The category and product are the demo's first; the
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
        "from importlib import import_module\n"
        "from django.conf import settings\n"
        "from django.contrib import auth\n"
        "from blog.models import Article\n"
        "from catalog.comparison import share_query\n"
        "article = Article.objects.published().order_by('publish_at', 'pk').first()\n"
        "three = list(P.objects.browsable().filter(upc__startswith='BB-MG', structure='standalone',\n"
        "             stockrecords__num_in_stock__gt=0).order_by('upc').distinct()[:3])\n"
        "U = auth.get_user_model()\n"
        "u, _ = U.objects.get_or_create(username='bench-customer', defaults={'email': 'bench-customer@example.com'})\n"
        "s = import_module(settings.SESSION_ENGINE).SessionStore()\n"
        "s[auth.SESSION_KEY] = str(u.pk); s[auth.BACKEND_SESSION_KEY] = 'bodybest.auth_backends.EmailBackend'\n"
        "s[auth.HASH_SESSION_KEY] = u.get_session_auth_hash(); s.save()\n"
        "print(json.dumps({'category': c.get_absolute_url(), 'product': p.get_absolute_url(),\n"
        "                  'two': two, 'in_category': in_category, 'listed': listed,\n"
        "                  'article': article.get_absolute_url(), 'share': share_query([x.slug for x in three]),\n"
        "                  'basket_ids': [x.pk for x in three],\n"
        "                  'session': f'{settings.SESSION_COOKIE_NAME}={s.session_key}'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    found = json.loads(out.strip().splitlines()[-1])
    if 0 in found["listed"]:
        sys.exit(f"A filtered page lists nothing ({found}): choose other filters in pages()")
    if len(found["basket_ids"]) < 3:
        sys.exit(f"Fewer than three massage guns in stock to compare and buy ({found})")
    category, two, in_category = found["category"], found["two"], found["in_category"]
    signed_in = found["session"]
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
        ("blog index", "/blog/"),
        ("article", found["article"]),
        ("comparison share link (3 products)", f"/compare/?products={found['share']}"),
        ("signed-in home", "/", signed_in),
        ("signed-in product", found["product"], signed_in),
        ("basket with 3 lines", "/basket/", basket_cookie(port, found["basket_ids"])),
    ]


# The anonymous pages with issue 16's targets at 100 connections.
C100_PAGES = {"home", "category (Massage guns)", "product", "blog index", "article",
              "comparison share link (3 products)"}


class _Keep(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # answer the redirect itself: its Set-Cookie headers are the point


def _visit(url, cookies, data=None):
    """One request with ``cookies`` (a dict, updated from the answer's Set-Cookie headers; a
    cookie set empty or expired is dropped). The jar of http.cookiejar would keep the store's
    Secure cookies from going back over plain HTTP."""
    request = urllib.request.Request(url, data=data, headers={
        "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())})
    try:
        response = urllib.request.build_opener(_Keep).open(request, timeout=60)
    except urllib.error.HTTPError as error:
        if error.code not in (301, 302, 303):
            sys.exit(f"{url} answered {error.code}")
        response = error
    with response:
        body = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value, _, attributes = rest.partition(";")
            if value in ('""', "") or "max-age=0" in attributes.lower():
                cookies.pop(name.strip(), None)
            else:
                cookies[name.strip()] = value
    return body


def basket_cookie(port, product_ids):
    """The cookies of an anonymous visitor with one of each product in the basket, the
    confirmation messages already read (the basket page shows them once)."""
    base = f"http://127.0.0.1:{port}"
    cookies = {}
    _visit(f"{base}/catalogue/", cookies)
    token = cookies.get("csrftoken")
    if token is None:
        sys.exit(f"No CSRF cookie from /catalogue/ ({cookies})")
    for pk in product_ids:
        _visit(f"{base}/basket/add/{pk}/", cookies,
               data=urlencode({"csrfmiddlewaretoken": token, "quantity": 1}).encode())
    body = _visit(f"{base}/basket/", cookies)
    total = re.search(r'<input[^>]*name="form-TOTAL_FORMS"[^>]*>', body)
    if total is None or 'value="3"' not in total.group(0):
        sys.exit(f"The bench basket does not hold 3 lines (cookies {sorted(cookies)})")
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


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


def rss_mb(pids):
    """Each worker's resident memory in MB (VmRSS)."""
    found = []
    for pid in pids:
        with open(f"/proc/{pid}/status") as status:
            kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        found.append(kb / 1024)
    return found


def warm(url, cookie="", times=5):
    """Fetches ``url`` ``times`` times; returns the last answer's X-Page-Cache header."""
    seen = None
    for _ in range(times):
        request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
                seen = response.headers.get("X-Page-Cache")
        except urllib.error.HTTPError as error:
            sys.exit(f"{url} answered {error.code}")
    return seen


def wrk(url, server, cookie="", connections=10, seconds=SECONDS):
    """One wrk run; returns requests/s, p50, p95, worker CPU ms per request and X-Page-Cache."""
    if cookie:
        warm(url, times=1)  # kept by a visitor without a session, as a rush's first visitors do
    page_cache = warm(url, cookie)
    pids = workers(server.pid)
    before = cpu_seconds(pids)
    done = subprocess.run(
        ["wrk", f"-t{min(4, connections)}", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s",
         "--latency", "-s", str(LUA), url],
        capture_output=True, text=True, check=True, env={**os.environ, "BENCH_COOKIE": cookie})
    cpu = cpu_seconds(pids) - before
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["errors"]:
        sys.exit(f"{url}: {result['errors']} failed requests under load\n{done.stdout}")
    result["rps"] = result["requests"] / result["seconds"]
    result["cpu_ms"] = cpu * 1000 / max(result["requests"], 1)
    result["cache"] = page_cache or "none"
    result["rss"] = rss_mb(pids)
    return result


def measure(env, size):
    port = free_port()
    server = start_gunicorn(env, port, "bodybest.wsgi")
    try:
        rows = []
        start_rss = rss_mb(workers(server.pid))
        for name, path, *cookie in pages(env, port):
            url = f"http://127.0.0.1:{port}{path}"
            result = wrk(url, server, *cookie)
            if name in C100_PAGES:
                result["c100"] = wrk(url, server, *cookie, connections=100, seconds=C100_SECONDS)
            rows.append((name, path, result))
            c100 = f", c100 {result['c100']['rps']:.1f} requests/s" if "c100" in result else ""
            print(f"  {size} products, {name}: {result['rps']:.1f} requests/s{c100}, "
                  f"cache {result['cache']}, RSS {_rss(result['rss'])} MB", flush=True)
    finally:
        stop(server)
    return rows, start_rss


def _rss(values):
    return " + ".join(f"{value:.0f}" for value in values)


def table(size, baseline, measured):
    rows, start_rss = measured
    lines = [
        f"#### {size:,} products",
        "",
        "| page | cache | requests/s | p50 ms | p95 ms | share of baseline | worker CPU ms/request "
        "| c100 requests/s | c100 p95 ms | worker RSS MB after |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, result in [("hello world (baseline)", baseline), *[(n, r) for n, _, r in rows]]:
        share = result["rps"] / baseline["rps"] * 100
        c100 = result.get("c100")
        high = f"{c100['rps']:,.1f} | {c100['p95_ms']:.1f}" if c100 else " | "
        lines.append(
            f"| {name} | {result['cache']} | {result['rps']:,.1f} | {result['p50_ms']:.1f} "
            f"| {result['p95_ms']:.1f} | {share:.2f}% | {result['cpu_ms']:.1f} | {high} "
            f"| {_rss(result['rss'])} |"
        )
    lines += ["", f"Store workers' RSS at start: {_rss(start_rss)} MB; after the last page: "
                  f"{_rss(rows[-1][2]['rss'])} MB."]
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
        f"DEBUG off, PostgreSQL, Redis; `wrk -t2 -c10 -d{SECONDS}s`, and `wrk -t4 -c100 "
        f"-d{C100_SECONDS}s` for the c100 columns; {os.cpu_count()} CPUs. The cache column is "
        "the X-Page-Cache header of one fetch after five (none: not from the page cache). "
        + f"Whole run: {time.monotonic() - started:.0f} s."
    )
    report = "\n\n".join([*tables, note]) + "\n"
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(report)
    print()
    print(report)


if __name__ == "__main__":
    main()
