"""Times `import_shopify products` on a generated Shopify export of 10,000 rows (2,000 products
of 5 variants, a picture each, French text and HTML to clean): the first import, the same file
again (nothing changes) and a later export with every price changed. Not a test; run it with
`make bench-import`. Creates and drops the PostgreSQL database bodybest_bench_import
(BENCH_POSTGRES_URL), uses Redis db 14 (BENCH_REDIS_URL). Writes var/bench-import.md."""
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SERVER_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = "bodybest_bench_import"
PRODUCTS = int(os.environ.get("BENCH_IMPORT_PRODUCTS", "2000"))
VARIANTS = 5

# Set, never defaulted: the bench drops this database, so it must not come from the environment.
os.environ["DATABASE_URL"] = f"{SERVER_URL}/{DATABASE}"
os.environ["REDIS_URL"] = os.environ["CACHE_URL"] = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")

import django  # noqa: E402

django.setup()

import psycopg2  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connections  # noqa: E402
from PIL import Image  # noqa: E402

from catalog.shopify import run  # noqa: E402

COLUMNS = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
           "Option1 Name", "Option1 Value", "Variant SKU", "Variant Grams", "Variant Inventory Qty",
           "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
           "Image Src", "Image Position", "Image Alt Text", "SEO Title", "SEO Description", "Status"]
TYPES = ["Huiles de massage", "Foam rollers", "Linens", "Hot stones", "Massage tools", "Bolsters",
         "Tables", "Warmers", "Lotions", "Cupping"]
SIZES = ["XS", "S", "M", "L", "XL"]


def _server(sql):
    conn = psycopg2.connect(f"{SERVER_URL}/postgres")
    try:
        conn.autocommit = True  # CREATE/DROP DATABASE refuse to run in a transaction
        conn.cursor().execute(sql)
    finally:
        conn.close()


def write_export(path, images, *, price_step=0):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for n in range(PRODUCTS):
            handle_name = f"produit-{n:05d}"
            for v, size in enumerate(SIZES[:VARIANTS]):
                row = {"Handle": handle_name, "Option1 Value": size, "Variant SKU": f"GEN-{n:05d}-{size}",
                       "Variant Grams": str(200 + 50 * v), "Variant Inventory Qty": str((n + v) % 30),
                       "Variant Price": f"{19 + n % 200 + v * 5 + price_step}.99",
                       "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE"}
                if v == 0:
                    row.update({
                        "Title": f"Produit de détente nº {n}", "Vendor": f"Fournisseur {n % 12}",
                        "Body (HTML)": f"<p>Crème légère, à l’arnica, pour le dos, les épaules et les mollets.</p>\n"
                                       f"<p>Lot {n}.<script>alert(1)</script></p>",
                        "Type": TYPES[n % len(TYPES)], "Tags": "détente, massage", "Published": "TRUE",
                        "Option1 Name": "Taille", "Variant Compare At Price": "249.99",
                        "Image Src": f"https://cdn.shopify.com/s/files/1/files/p{n}.jpg?v=1", "Image Position": "1",
                        "Image Alt Text": f"Produit {n}", "SEO Title": f"Produit {n} | Body Best",
                        "Status": "draft" if n % 50 == 0 else "active",
                    })
                    if price_step == 0:
                        Image.new("RGB", (64, 64), (n % 255, 90, 120)).save(images / f"p{n}.jpg", quality=70)
                writer.writerow(row)


def timed(path, images):
    start = time.perf_counter()
    result = run.import_products(path, images_dir=images)
    return time.perf_counter() - start, result


def main():
    print(f"database {DATABASE} (created, migrated, dropped); {PRODUCTS * VARIANTS} rows")
    _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    _server(f'CREATE DATABASE "{DATABASE}"')
    media = tempfile.TemporaryDirectory(prefix="bench-import-")
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
                       cwd=settings.BASE_DIR, check=True)
        settings.MEDIA_ROOT = Path(media.name) / "media"
        folder = Path(media.name)
        images = folder / "images"
        images.mkdir()
        first, later = folder / "products.csv", folder / "later.csv"
        write_export(first, images)
        write_export(later, images, price_step=1)
        rows = []
        for label, path in (("first import", first), ("same file again", first), ("later export, every price changed", later)):
            seconds, result = timed(path, images)
            rows.append((label, seconds, result.counts))
            print(f"{label}: {seconds:.1f} s {result.counts}")
    finally:
        connections.close_all()
        _server(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        media.cleanup()
    lines = [f"# Shopify product import: {PRODUCTS * VARIANTS} rows ({PRODUCTS} products × {VARIANTS} variants)", "",
             "| run | seconds | new | changed | unchanged | refused |", "|---|---|---|---|---|---|"]
    lines += [f"| {label} | {seconds:.1f} | {c['created']} | {c['updated']} | {c['unchanged']} | {c['refused']} |"
              for label, seconds, c in rows]
    out = Path(settings.BASE_DIR) / "var" / "bench-import.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
