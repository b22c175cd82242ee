"""Shopify's Type, Product Category and Tags to our categories, through a file staff can edit.

The mapping file is a CSV with the columns ``source``, ``value`` and ``category``: ``source`` is
``type``, ``product_category`` or ``tag``; ``value`` is the text as the export writes it (case
and surrounding spaces ignored); ``category`` is our category as a breadcrumb
(``Massage oils > Essential oils``), made when it does not exist yet, or empty to file the
product nowhere for that value. Without a line for it, a product's Type files it under a
top-level category of that name (Shopify stores mostly use Type as their first level) and its
Product Category (Shopify's own taxonomy) and tags file it nowhere."""
import csv

from oscar.apps.catalogue.categories import create_from_sequence

SOURCES = ("type", "product_category", "tag")
SEPARATOR = ">"


def read_mapping(path):
    """``{(source, value): breadcrumb}`` from the staff's file; raises ``ValueError`` naming the
    first line that cannot be read."""
    mapping = {}
    if not path:
        return mapping
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not {"source", "value", "category"} <= set(reader.fieldnames or []):
            raise ValueError("The category mapping needs the columns source, value and category.")
        for number, line in enumerate(reader, start=2):
            source = (line["source"] or "").strip().lower()
            if source not in SOURCES:
                raise ValueError(f"Category mapping, line {number}: source must be one of {', '.join(SOURCES)}.")
            mapping[(source, _key(line["value"]))] = (line["category"] or "").strip()
    return mapping


def breadcrumbs(plan, mapping):
    """The breadcrumbs a product is filed under, in order, without repeats."""
    wanted = []
    asked = [("type", plan.product_type), ("product_category", plan.product_category)]
    asked += [("tag", tag) for tag in plan.tags]
    for source, value in asked:
        if not value:
            continue
        default = value if source == "type" else ""
        crumb = mapping.get((source, _key(value)), default)
        if crumb and crumb not in wanted:
            wanted.append(crumb)
    return wanted


class CategoryFinder:
    """Breadcrumbs to categories, made the first time they are asked for, remembered for the run."""

    def __init__(self):
        self._found = {}

    def __call__(self, crumb):
        if crumb not in self._found:
            names = [part.strip() for part in crumb.split(SEPARATOR) if part.strip()]
            self._found[crumb] = create_from_sequence(names)[-1]
        return self._found[crumb]

    def forget(self):
        """After a rolled-back savepoint a category made in it is gone."""
        self._found.clear()


def _key(value):
    return " ".join((value or "").split()).lower()
