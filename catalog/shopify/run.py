"""The product import: each product in its own savepoint, so one that fails is reported and the
rest come in; a progress display; the report of refused rows; the search documents refreshed
once at the end, as after the demo store's bulk load (per-save refreshes are paused meanwhile).

Pictures that the ``--images`` folder lacks are downloaded from their URLs first, a few at a time
(downloads.py), into a folder removed after the run; one already attached to its product by an
earlier run is not fetched again. A dry run does the same work inside a transaction it rolls back,
downloads and writes no picture, and so reports what a real run would change."""
import csv
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import translation

from catalog.search import engine, indexing

from . import categories, downloads, links, mapping, reading
from .report_cells import text_row
from .saving import Known, ShopifyRecord, Writer

BATCH = 100  # products whose existing rows are read together

REPORT_COLUMNS = ("row", "handle", "reason")


@dataclass
class Result:
    counts: dict = field(default_factory=lambda: {"created": 0, "updated": 0, "unchanged": 0, "refused": 0})
    lines: list = field(default_factory=list)  # what changed, one line per product
    refusals: list = field(default_factory=list)  # (row, handle, reason)
    product_ids: list = field(default_factory=list)


class _Rollback(Exception):
    pass


def import_products(path, *, images_dir=None, mapping_path=None, dry_run=False, progress=None, download=True):
    """Import a Shopify product export; returns a ``Result``. ``progress(done, total)`` is called
    after each product. ``download=False`` takes pictures from ``images_dir`` only. Raises
    ``ValueError`` when the file or the mapping cannot be read at all."""
    groups, orphans = reading.group_by_handle(reading.read_rows(path))
    category_mapping = categories.read_mapping(mapping_path)
    result = Result()
    for row in orphans:
        result.refusals.append((row.number, "", "The row has no Handle."))
    planned = [(group, *_plan(group)) for group in groups]
    finder = categories.CategoryFinder()
    with tempfile.TemporaryDirectory(prefix="shopify-images-") as scratch:
        fetched, failed = {}, {}
        if download and not dry_run:
            fetched, failed = downloads.fetch_all(_to_download(planned, images_dir), scratch)
        writer = Writer(images_dir=images_dir, find_category=finder, dry_run=dry_run, download=download,
                        fetched=fetched, failed=failed)
        with indexing.paused(), translation.override(settings.LANGUAGE_CODE):
            try:
                with transaction.atomic():
                    for start in range(0, len(planned), BATCH):
                        batch = planned[start : start + BATCH]
                        handles = [plan.handle for _, plan, _ in batch if plan is not None]
                        known = Known.for_handles(handles, writer.partner) if handles else {}
                        for done, (group, plan, refusals) in enumerate(batch, start=start + 1):
                            _import_one(group, plan, refusals, writer, category_mapping, finder, result,
                                        known.get(group.handle))
                            if progress:
                                progress(done, len(groups))
                    if dry_run:
                        raise _Rollback
            except _Rollback:
                pass
    if not dry_run and result.product_ids:
        for start in range(0, len(result.product_ids), engine.documents.BATCH):
            engine.refresh(result.product_ids[start : start + engine.documents.BATCH])
    result.refusals.sort(key=lambda refusal: refusal[0])
    return result


def _plan(group):
    """``(plan, refusals)``, or ``(None, reason)`` for a product that cannot come in."""
    try:
        return mapping.plan_product(group)
    except mapping.Refused as refusal:
        return None, str(refusal)


def _to_download(planned, images_dir):
    """``{file name: URL}`` of the pictures neither in the folder nor attached to their product
    by an earlier run (``ShopifyRecord.images``), so a re-run downloads nothing again."""
    folder = Path(images_dir) if images_dir else None
    plans = [plan for _, plan, _ in planned if plan is not None]
    attached = {}
    handles = [plan.handle for plan in plans]
    for start in range(0, len(handles), 500):
        rows = ShopifyRecord.objects.filter(handle__in=handles[start : start + 500]).values_list("handle", "images")
        for handle, images in rows:
            attached.setdefault(handle, set()).update(images)
    wanted = {}
    for plan in plans:
        for name, url in plan.image_urls().items():
            if not name or "/" in name or name in attached.get(plan.handle, ()):
                continue
            if not (folder and (folder / name).is_file()):
                wanted.setdefault(name, url)
    return wanted


def _import_one(group, plan, refusals, writer, category_mapping, finder, result, known):
    if plan is None:
        _refuse(result, group, refusals)
        return
    try:
        if writer.is_prepared(plan):
            prepared = writer.prepare(plan)
        else:
            with transaction.atomic():
                prepared = writer.prepare(plan)
        with transaction.atomic():
            outcome = writer.write(plan, categories.breadcrumbs(plan, category_mapping), prepared, known)
            try:
                links.record_product(plan.handle, outcome.product)
            except ValueError as error:  # an old address too long to keep: the product still comes in
                outcome.warnings.append((plan.row, f"The old address was not recorded: {error}."))
    except Exception as error:  # noqa: BLE001 (one product's fault must not stop the others)
        finder.forget()
        _refuse(result, group, _reason(error))
        return
    result.refusals += [(row, plan.handle, reason) for row, reason in refusals + outcome.warnings]
    result.counts[outcome.status] += 1
    if outcome.status != "unchanged":
        result.product_ids.append(outcome.product.pk)
        detail = ", ".join(dict.fromkeys(outcome.changes)) if outcome.changes else ""
        verb = {"created": "new", "updated": "changed"}[outcome.status]
        result.lines.append(f"{verb}: {plan.handle}" + (f" ({detail})" if detail and outcome.status == "updated" else ""))


def _refuse(result, group, reason):
    result.counts["refused"] += 1
    result.refusals += [(row.number, group.handle, reason) for row in group.rows]


def _reason(error):
    if isinstance(error, mapping.Refused):
        return str(error)
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if "partner_sku" in text or "upc" in text:
        return f"A SKU of this product is already used by another product ({text})."
    return f"Could not be saved: {text}"


def write_report(result, path, columns=REPORT_COLUMNS):
    """Every refused row, with its row number and why, and every picture not found (the
    customer import names its second column "email")."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(text_row(refusal) for refusal in result.refusals)
