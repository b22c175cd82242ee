"""What staff can import from the dashboard: one entry per kind of Shopify export.

A kind names its label, the file types it accepts, ``check(path)`` (raises ``ValueError`` with a
message staff can act on when the file is not that export) and ``run(path, *, mapping_path,
dry_run, progress)``, the same import ``manage.py import_shopify`` runs, returning its Result
(counts, lines, refusals). Adding a kind is one ``register`` call here."""
from dataclasses import dataclass
from typing import Callable

from blog import shopify_feed, shopify_import

from . import categories, customers, reading, run


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    extensions: tuple  # lower case, with the dot
    check: Callable
    run: Callable
    report_columns: tuple
    unit: str  # what one step of its progress is: "product", "customer", "article"
    takes_mapping: bool = False


KINDS = {}


def register(kind):
    KINDS[kind.key] = kind
    return kind


def get(key):
    return KINDS[key]


def choices():
    return [(kind.key, kind.label) for kind in KINDS.values()]


def check_mapping(path):
    categories.read_mapping(path)


def _rows_or_refuse(rows, kind):
    if not rows:
        raise ValueError(f"The file has the {kind} export's header but no rows.")


def _check_products(path):
    _rows_or_refuse(reading.read_rows(path), "product")


def _run_products(path, *, mapping_path=None, dry_run, progress):
    return run.import_products(path, mapping_path=mapping_path, dry_run=dry_run, progress=progress)


def _check_customers(path):
    _rows_or_refuse(reading.read_rows(path, required=customers.REQUIRED_COLUMNS, kind="customer"), "customer")


def _run_customers(path, *, mapping_path=None, dry_run, progress):
    return customers.import_customers(path, dry_run=dry_run, progress=progress)


register(Kind("products", "Products (product CSV export)", (".csv",), _check_products, _run_products,
              run.REPORT_COLUMNS, "product", takes_mapping=True))
register(Kind("customers", "Customers (customer CSV export)", (".csv",), _check_customers, _run_customers,
              customers.REPORT_COLUMNS, "customer"))


def _check_articles(path):
    feed = shopify_feed.read_feed(path)
    if not feed.entries and not feed.refusals:
        raise ValueError("The feed has no entries.")


def _run_articles(path, *, mapping_path=None, dry_run, progress):
    return shopify_import.import_articles(path, dry_run=dry_run, progress=progress)


register(Kind("articles", "Blog articles (the blog's Atom feed)", (".atom", ".xml"), _check_articles, _run_articles,
              shopify_import.REPORT_COLUMNS, "article"))
