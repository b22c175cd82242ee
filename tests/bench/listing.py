"""Benchmark: time and SQL queries of the storefront's busiest pages on the demo store.

Run with `make bench` (it loads the demo store first). Prints, for each page, the median and
95th-percentile time of N in-process requests and the queries per request, beside a bare
Django view measured in the same run. Figures, not assertions: query budgets are tests.
"""
import os
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from oscar.core.loading import get_model  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))


def measure(client, url):
    client.get(url)  # warm: thumbnails, template cache, category menu
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(queries)


def main():
    Product = get_model("catalogue", "Product")
    Category = get_model("catalogue", "Category")
    product = Product.objects.browsable().order_by("pk").first()
    category = Category.objects.filter(depth=1).order_by("path").first()
    if product is None:
        sys.exit("No products: run `make demo` first.")
    client = Client(HTTP_HOST="127.0.0.1")
    pages = [
        ("health check (baseline)", "/healthz"),
        ("home", "/"),
        ("catalogue index", "/catalogue/"),
        (f"category ({category.name})", category.get_absolute_url()),
        ("product page", product.get_absolute_url()),
        ("search ?q=massage", "/search/?q=massage"),
    ]
    from blog.models import Article

    article = Article.objects.published().order_by("-publish_at").first()
    if article is not None:
        pages += [("blog index", "/blog/"), ("blog article", article.get_absolute_url())]
    print(f"{Product.objects.browsable().count()} products, {ROUNDS} requests a page, "
          f"database {connection.vendor}")
    print(f"{'page':32} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, url in pages:
        median, p95, queries = measure(client, url)
        print(f"{name:32} {median:10.1f} {p95:8.1f} {queries:8d}")

    # A shopper with three products in the comparison tray.
    comparing = Client(HTTP_HOST="127.0.0.1")
    chosen = list(Product.objects.browsable().order_by("pk")[:3])
    for item in chosen:
        comparing.post("/compare/add/", {"product": item.pk})
    share = "/compare/?products=" + ",".join(item.slug for item in chosen)
    for name, visitor, url in [
        ("comparison page (3 products)", comparing, "/compare/"),
        ("share link, another visitor", client, share),
        ("category, tray of 3", comparing, category.get_absolute_url()),
    ]:
        median, p95, queries = measure(visitor, url)
        print(f"{name:32} {median:10.1f} {p95:8.1f} {queries:8d}")


if __name__ == "__main__":
    main()
