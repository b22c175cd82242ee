"""Lighthouse (mobile) on five storefront pages, served the way production serves them.

Run with `make lighthouse`. In a temporary folder it migrates an SQLite database of its own,
loads the demo store and collects the static files (hashed and compressed by whitenoise), then
starts gunicorn with DEBUG off on a free port of 127.0.0.1 and runs Lighthouse's mobile preset
(simulated slow 4G and a 4x slower CPU) on home, a category, a product, an article and the basket
holding one product. Each page is measured LIGHTHOUSE_RUNS times (default 3) and the run with the
median performance score is kept. It prints a markdown table, writes it to var/lighthouse.md (the
full reports to var/lighthouse-reports/) and exits 1 when any score is under LIGHTHOUSE_MIN_SCORE
(95).

Media are served by Django (SERVE_MEDIA=1) since there is no proxy here; in production the
proxy serves them. Needs Node and Chromium (CHROME_PATH, default /usr/bin/chromium); the Makefile
installs Lighthouse under var/lighthouse.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from datetime import date
from http.cookies import SimpleCookie
from pathlib import Path

from tests.bench import serving
from tests.bench.serving import ROOT, free_port, start_gunicorn, stop

LIGHTHOUSE = Path(os.environ.get(
    "LIGHTHOUSE_BIN", ROOT / "var" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"))
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
MIN_SCORE = int(os.environ.get("LIGHTHOUSE_MIN_SCORE", "95"))
REPORT = ROOT / "var" / "lighthouse.md"
REPORTS = ROOT / "var" / "lighthouse-reports"  # each run's full JSON report, for the details
CATEGORIES = [("performance", "Performance"), ("accessibility", "Accessibility"),
              ("best-practices", "Best practices"), ("seo", "SEO")]
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
                "--disable-background-networking --disable-component-update --disable-sync "
                "--no-first-run")


def store_environment(workdir):
    """Production settings on an SQLite demo store of its own, media served by the app."""
    return serving.store_environment(workdir, f"sqlite:///{workdir / 'db.sqlite3'}", SERVE_MEDIA="1")


def page_paths(env):
    """The URLs of a category, a product that can be bought and the newest article."""
    code = (
        "import json\n"
        "from oscar.core.loading import get_model\n"
        "from blog.models import Article\n"
        "Product = get_model('catalogue', 'Product')\n"
        "Category = get_model('catalogue', 'Category')\n"
        "category = Category.objects.filter(depth=1).order_by('path').first()\n"
        "product = next(p for p in Product.objects.browsable().filter(structure='standalone')"
        ".order_by('pk') if p.stockrecords.filter(num_in_stock__gt=0).exists() and p.images.exists())\n"
        "article = Article.objects.published().order_by('-publish_at').first()\n"
        "print(json.dumps({'category': category.get_absolute_url(), 'product': product.get_absolute_url(),"
        " 'product_id': product.pk, 'article': article.get_absolute_url()}))\n"
    )
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


class Browser:
    """A shopper's cookies kept by hand: the store's cookies are Secure (DEBUG is off), which
    Python's cookie jar withholds over http while Chromium sends them to 127.0.0.1."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, path, data=None):
        headers = {"Cookie": self.cookie_header(), "Referer": self.base + path}
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(urllib.request.Request(self.base + path, body, headers), timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def cookie_header(self):
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items())


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def basket_cookie(base, product_path, product_id):
    """A Cookie header for a visitor whose basket holds the product."""
    shopper = Browser(base)
    shopper.request(product_path).read()
    response = shopper.request(f"/basket/add/{product_id}/", {
        "csrfmiddlewaretoken": shopper.cookies["csrftoken"], "quantity": "1"})
    if response.status != 302:
        sys.exit(f"Adding the product to the basket answered {response.status}")
    return shopper.cookie_header()


def warm(base, pages):
    """Each page asked for twice (both workers, most likely) before it is measured: the first
    view of a page draws its thumbnails and compiles its templates, which no later visitor pays."""
    for _, path, cookie, _ in pages:
        for _ in range(2):
            request = urllib.request.Request(base + path, headers={"Cookie": cookie or ""})
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()


def lighthouse(url, outdir, name, cookie=None, skip=()):
    path = outdir / f"{name}.json"
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={path}",
               "--only-categories=" + ",".join(key for key, _ in CATEGORIES),
               f"--chrome-flags={CHROME_FLAGS}", "--max-wait-for-load=60000"]
    if cookie:
        command.append("--extra-headers=" + json.dumps({"Cookie": cookie}))
    if skip:
        command.append("--skip-audits=" + ",".join(skip))
    for attempt in range(3):  # Lighthouse now and then loses the trace on a busy machine (NO_NAVSTART)
        done = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROME}, stdout=subprocess.DEVNULL)
        if done.returncode == 0:
            return json.loads(path.read_text())
        print(f"  Lighthouse failed on {url} (attempt {attempt + 1} of 3)", flush=True)
    sys.exit(f"Lighthouse failed three times on {url}")


def summary(report):
    audits = report["audits"]
    return {
        **{key: round(report["categories"][key]["score"] * 100) for key, _ in CATEGORIES},
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "kb": audits["total-byte-weight"]["numericValue"] / 1024,
        "failed": [audit["id"] for audit in audits.values()
                   if audit.get("score") is not None and audit["score"] < 0.9
                   and audit.get("scoreDisplayMode") in ("binary", "metricSavings", "numeric")],
    }


def measure(url, outdir, name, cookie=None, skip=()):
    runs = [summary(lighthouse(url, outdir, f"{name}-{n}", cookie, skip)) for n in range(RUNS)]
    runs.sort(key=lambda run: run["performance"])
    kept = runs[len(runs) // 2]
    kept["performance_range"] = (runs[0]["performance"], runs[-1]["performance"])
    return kept


def table(results):
    lines = [
        f"Lighthouse {lighthouse_version()} mobile, {RUNS} runs a page (median performance kept), "
        f"{date.today().isoformat()}",
        "",
        "| page | " + " | ".join(title for _, title in CATEGORIES)
        + " | LCP s | TBT ms | CLS | KB transferred |",
        "|---|" + "---:|" * (len(CATEGORIES) + 4),
    ]
    for name, result in results:
        low, high = result["performance_range"]
        spread = f" ({low}-{high})" if low != high else ""
        lines.append(
            f"| {name} | {result['performance']}{spread} | "
            + " | ".join(str(result[key]) for key, _ in CATEGORIES[1:])
            + f" | {result['lcp'] / 1000:.1f} | {result['tbt']:.0f} | {result['cls']:.3f}"
            f" | {result['kb']:.0f} |"
        )
    return "\n".join(lines)


def lighthouse_version():
    out = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True)
    return out.stdout.strip()


def main():
    if not LIGHTHOUSE.exists():
        sys.exit(f"Lighthouse is not installed at {LIGHTHOUSE}: run `make lighthouse`.")
    if not Path(CHROME).exists():
        sys.exit(f"Chromium is not at {CHROME}: set CHROME_PATH or apt-get install chromium.")
    workdir = Path(tempfile.mkdtemp(prefix="bodybest-lighthouse-"))
    REPORTS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = store_environment(workdir)
    server = None
    try:
        print(f"Loading the demo store into {workdir} ...", flush=True)
        serving.load_demo(env, port)
        paths = page_paths(env)
        server = start_gunicorn(env, port)
        base = f"http://127.0.0.1:{port}"
        cookie = basket_cookie(base, paths["product"], paths["product_id"])
        # The basket is kept out of search engines on purpose (robots.txt), which Lighthouse's
        # "is-crawlable" audit counts against its SEO score; that one audit is skipped there.
        pages = [("home", "/", None, ()), ("category", paths["category"], None, ()),
                 ("product", paths["product"], None, ()), ("article", paths["article"], None, ()),
                 ("basket (1 product)", "/basket/", cookie, ("is-crawlable",))]
        warm(base, pages)
        results = []
        for name, path, page_cookie, skip in pages:
            print(f"Lighthouse: {name} {path}", flush=True)
            result = measure(base + path, REPORTS, name.split()[0], page_cookie, skip)
            if result["failed"]:
                print(f"  audits under 0.9: {', '.join(result['failed'])}", flush=True)
            results.append((f"{name} `{path}`", result))
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(workdir, ignore_errors=True)
    text = table(results)
    print()
    print(text)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(text + "\n")
    low = [(name, key, result[key]) for name, result in results for key, _ in CATEGORIES
           if result[key] < MIN_SCORE]
    if low:
        for name, key, score in low:
            print(f"Under {MIN_SCORE}: {name} {key} {score}")
        sys.exit(1)


if __name__ == "__main__":
    main()
