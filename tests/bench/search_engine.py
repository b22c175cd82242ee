"""Times the search engine (catalog/search/engine/) on whatever catalogue the database holds:
building the documents, then searches (with and without two facets, misspelt, sorted) and
suggestions, each repeated, printing p50 and p95 in ms. Not a test; run it with

    DATABASE_URL=postgres://... .venv/bin/python -m tests.bench.search_engine

after `manage.py load_demo_store --products 10000`."""
import os
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")
django.setup()

from django.db import connection  # noqa: E402

from catalog.search import engine  # noqa: E402
from catalog.search.models import SearchDocument  # noqa: E402

ROUNDS = 40


def timed(call, rounds=ROUNDS):
    call()  # warm up
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main():
    start = time.perf_counter()
    built = engine.rebuild()
    print(f"{connection.vendor}: built {built} documents in {time.perf_counter() - start:.1f} s")
    brand = SearchDocument.objects.exclude(brand="").values_list("brand", flat=True).first()
    two_facets = engine.parse_filters({"brand": [brand], "price": ["50-100", "100-250"]})
    from oscar.core.loading import get_model

    guns = get_model("catalogue", "Category").objects.get(name="Massage guns")
    in_guns = engine.parse_filters({"category": [str(guns.pk)]})
    in_guns_two = engine.parse_filters({"category": [str(guns.pk)], "brand": [brand], "in_stock": "1"})
    specs = ["stall_force", "amplitude", "speeds", "battery_life"]
    cases = {
        "catalogue, no facets": lambda: engine.search("", attributes=[]),
        "catalogue, brand + price": lambda: engine.search("", two_facets, attributes=[]),
        "category, 4 specifications": lambda: engine.search("", in_guns, attributes=specs),
        "category, brand + in stock, 4 specs": lambda: engine.search("", in_guns_two, attributes=specs),
        "search 'massage'": lambda: engine.search("massage", attributes=[]),
        "search 'massage', brand + price": lambda: engine.search("massage", two_facets, attributes=[]),
        "search 'massage', all attributes": lambda: engine.search("massage", attributes=None),
        "search 'massage gun', price-asc": lambda: engine.search("massage gun", sort="price-asc"),
        "search 'massge gun' (typo)": lambda: engine.search("massge gun"),
        "search 'eucalytus' (typo)": lambda: engine.search("eucalytus"),
        "search 'zqxwv' (nothing)": lambda: engine.search("zqxwv"),
        "suggest 'mas'": lambda: engine.suggest("mas"),
        "suggest 'massage g'": lambda: engine.suggest("massage g"),
        "suggest 'eucal'": lambda: engine.suggest("eucal"),
    }
    for name, call in cases.items():
        p50, p95 = timed(call)
        print(f"{name:36} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
    result = engine.search("massge gun")
    print(f"'massge gun' -> {result.corrected_query!r}, {result.total} products")


if __name__ == "__main__":
    main()
