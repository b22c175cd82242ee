"""A product plan (``mapping.ProductPlan``) written to Oscar: the product (standalone, or a parent
with one child per variant), its stock records, brand, shipping weight, categories and pictures.

Every value is compared before it is written, so importing the same export again saves nothing,
and a later export changes only what differs. Products are found by their Shopify handle and
variants by SKU, else by their option values (``catalog.ShopifyRecord``). Nothing here deletes:
a variant or category dropped from a later export stays until staff remove it, and categories
staff added by hand stay."""
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.text import slugify
from oscar.core.loading import get_model
from oscar.core.utils import slugify as oscar_slugify

from bodybest.images import check_image
from catalog.demo.loader import PARTNER_CODE, SHIPPING_WEIGHT_CODE

from .mapping import Refused, is_url

BRAND_CODE = "brand"  # the specification the search engine and the filters read as the brand
UNTAXED = ("Shopify charged no tax on this variant; the store charges sales tax on every product "
           "(checkout/tax.py), so it will be taxed here: check that with the bookkeeper.")
NOT_COUNTED = ("Shopify did not count this variant's stock but counts its other variants': it cannot be "
               "sold until staff enter its stock in the dashboard.")


def product_class_for(requires_shipping, tracks_stock):
    """(slug, name) of the class for products that need shipping or not and whose stock is
    counted or not: Oscar decides both per product class."""
    slug, name = "shopify", "Imported from Shopify"
    if not requires_shipping:
        slug, name = slug + "-not-shipped", name + ", not shipped"
    if not tracks_stock:
        slug, name = slug + "-stock-not-counted", name + ", stock not counted"
    return slug, name

Product = get_model("catalogue", "Product")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
ShopifyRecord = get_model("catalogue", "ShopifyRecord")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")


@dataclass
class Outcome:
    product: object
    created: bool = False
    changes: list = field(default_factory=list)  # what changed, in words
    warnings: list = field(default_factory=list)  # (row number, reason): a picture not found

    @property
    def status(self):
        return "created" if self.created else ("updated" if self.changes else "unchanged")


class Writer:
    """Writes plans; holds what one run looks up once (partner, classes, attributes)."""

    def __init__(self, *, images_dir=None, find_category, dry_run=False, download=False, fetched=None, failed=None):
        self.images_dir = Path(images_dir) if images_dir else None
        self.download = download  # whether pictures not in the folder were (or, dry, would be) downloaded
        self.fetched = fetched or {}  # file name → Path downloaded (downloads.py)
        self.failed = failed or {}  # file name → why it could not be downloaded
        self.find_category = find_category
        self.dry_run = dry_run
        self._partner = None
        self._classes = {}
        self._attribute_cache = {}

    def prepare(self, plan):
        """Make the product class and specifications the plan needs. The caller runs this in a
        savepoint of its own, outside the product's, so what it remembers is never rolled back
        (unless ``is_prepared``: then nothing is written and no savepoint is needed)."""
        product_class = self._product_class(plan)
        return product_class, self._attributes(product_class, plan.option_names)

    def is_prepared(self, plan):
        """Whether the plan's class and specifications are all remembered already."""
        product_class = self._classes.get((plan.requires_shipping, plan.tracks_stock))
        have = self._attribute_cache.get(product_class.pk, {}) if product_class else {}
        wanted = {BRAND_CODE, SHIPPING_WEIGHT_CODE} | {option_code(name) for name in plan.option_names}
        return product_class is not None and self._partner is not None and wanted <= set(have)

    def write(self, plan, crumbs, prepared, known=None):
        """Write one product; ``known`` is what ``Known.for_handles`` read for its handle (read
        here when not given). Its new rows are inserted together at the end."""
        product_class, attributes = prepared
        known = known if known is not None else Known.for_handles([plan.handle], self.partner)[plan.handle]
        record = known.records.get("")
        product = record.product if record else Product()
        outcome = Outcome(product, created=record is None)
        structure = Product.STANDALONE if plan.is_standalone else Product.PARENT
        if record and product.structure != structure:
            before = "with variants" if product.structure == Product.PARENT else "without variants"
            raise Refused(f"This product came in {before} before; change it in the dashboard.")
        wanted = {
            "title": plan.title, "description": plan.body, "is_public": plan.is_public,
            "meta_title": plan.seo_title, "meta_description": plan.seo_description,
            "product_class": product_class, "structure": structure,
        }
        if plan.is_standalone:
            wanted["upc"] = plan.variants[0].sku or None
        if record is None:
            wanted["slug"] = slugify(plan.handle)
        outcome.changes += _assign(product, wanted)
        if outcome.created or outcome.changes:
            product.save()
        if record is None:
            record = ShopifyRecord(product=product, handle=plan.handle)
            known.records[""] = record
        if known.set_value(product, attributes[BRAND_CODE], plan.vendor):
            outcome.changes.append("brand")
        self._categories(product, crumbs, outcome, known)
        if plan.is_standalone:
            self._variant_fields(product, record, plan.variants[0], attributes, outcome, known)
            known.save_record(record)
        else:
            known.save_record(record)
            children = [self._child_product(plan, product, variant, outcome, known) for variant in plan.variants]
            _insert_products([child for child, found in children if found is None])
            for variant, (child, found) in zip(plan.variants, children):
                self._child(plan, child, found, variant, attributes, outcome, known)
        self._images(product, record, plan.images, outcome, known)
        known.flush()
        return outcome

    # -- variants

    def _child_product(self, plan, parent, variant, outcome, known):
        """``(child, found record)``; a changed child is saved, a new one left for one INSERT."""
        found = known.by_sku.get(variant.sku) if variant.sku else None
        found = found or known.records.get(variant.option_key)
        child = found.product if found else Product(parent=parent, structure=Product.CHILD)
        changes = _assign(child, {
            "title": f"{plan.title} ({variant.option_key})", "is_public": True,
            "upc": variant.sku or None, "product_class": None,
        })
        if found is None:
            if not outcome.created:
                outcome.changes.append(f"new variant {variant.option_key}")
        elif changes:
            child.save()
            outcome.changes += [f"{variant.option_key}: {change}" for change in changes]
        return child, found

    def _child(self, plan, child, found, variant, attributes, outcome, known):
        record = found or ShopifyRecord(handle=plan.handle)
        if found and found.option_key != variant.option_key:
            record._dirty = True
        record.product = child
        record.option_key = variant.option_key
        for name, value in zip(plan.option_names, variant.option_values):
            if known.set_value(child, attributes[option_code(name)], value) and found:
                outcome.changes.append(f"{variant.option_key}: {name}")
        self._variant_fields(child, record, variant, attributes, outcome, known, label=f"{variant.option_key}: ")
        known.save_record(record)
        if variant.image:
            self._images(child, record, [_variant_image(variant, plan)], outcome, known)

    def _variant_fields(self, product, record, variant, attributes, outcome, known, label=""):
        """Stock record, shipping weight and what Oscar has no field for, on the sold product."""
        changes = []
        if known.set_value(product, attributes[SHIPPING_WEIGHT_CODE], variant.weight_kg):
            changes.append("shipping weight")
        stock = known.stocks.get(product.pk)
        new_stock = stock is None
        stock = stock or StockRecord(product=product, partner=self.partner)
        changed = _assign(stock, {
            "partner_sku": (variant.sku or f"shopify:{record.handle}:{variant.option_key}")[:128],
            "price": variant.price, "price_currency": settings.OSCAR_DEFAULT_CURRENCY,
            "num_in_stock": variant.stock if variant.tracks_stock else None,
        })
        if new_stock:
            known.add(stock)
            known.stocks[product.pk] = stock
        elif changed:
            stock.save()  # through save(): a restock must reach the back-in-stock alerts
        changes += [{"num_in_stock": "stock"}.get(c, c) for c in changed if c != "price_currency"]
        record_changes = _assign(record, {
            "sku": variant.sku, "compare_at_price": variant.compare_at_price, "taxable": variant.taxable,
        })
        record._dirty = getattr(record, "_dirty", False) or bool(record_changes)
        changes += record_changes
        if not variant.taxable:
            outcome.warnings.append((variant.row, UNTAXED))
        if not variant.tracks_stock and product.get_product_class().track_stock:
            outcome.warnings.append((variant.row, NOT_COUNTED))
        if record.pk and not outcome.created:
            outcome.changes += [label + change for change in changes]

    # -- pictures

    def _images(self, product, record, images, outcome, known_rows):
        for image in images:
            known = known_rows.images.get(record.images.get(image.file_name))
            if known and known.product_id == product.pk:
                changed = _assign(known, {"caption": image.alt, "display_order": image.position})
                if changed:
                    known.save()
                    outcome.changes.append(f"picture {image.file_name}")
                continue
            path = self._picture_file(image, outcome)
            if path is None:
                continue
            if not outcome.created:
                outcome.changes.append(f"new picture {image.file_name}")
            if self.dry_run:
                continue
            made = ProductImage(product=product, caption=image.alt, display_order=image.position)
            with path.open("rb") as data:
                made.original.save(image.file_name, File(data), save=False)
            made.save()
            record.images = {**record.images, image.file_name: made.pk}
            if record.pk:  # else it is inserted with the product's new rows, images and all
                record.save(update_fields=["images"])

    def _picture_file(self, image, outcome):
        """The picture's file: from the ``--images`` folder, else downloaded before the run
        (run.py); None, with the reason among the warnings, when there is none to use."""
        path = self.images_dir / image.file_name if self.images_dir and "/" not in image.file_name else None
        if path is not None and path.is_file():
            try:
                with path.open("rb") as data:
                    check_image(data)
            except ValidationError as refusal:
                outcome.warnings.append((image.row, f"Image {image.file_name} was not used: {refusal.messages[0]}"))
                return None
            return path
        if image.file_name in self.fetched:
            return self.fetched[image.file_name]
        if self.dry_run and self.download and is_url(image.src):
            return image.src  # a dry run downloads nothing; a real run would try
        where = f"in {self.images_dir}" if self.images_dir else "(no --images folder given)"
        reason = f"Image {image.file_name} not found {where}"
        if image.file_name in self.failed:
            reason += f" and not downloaded from {image.src}: {self.failed[image.file_name]}"
        outcome.warnings.append((image.row, reason + "; the product came in without it."))
        return None

    # -- classes, attributes, categories

    @property
    def partner(self):
        if self._partner is None:
            self._partner, _ = Partner.objects.get_or_create(code=PARTNER_CODE, defaults={"name": "Body Best"})
        return self._partner

    def _product_class(self, plan):
        key = (plan.requires_shipping, plan.tracks_stock)
        if key not in self._classes:
            slug, name = product_class_for(*key)
            self._classes[key], _ = ProductClass.objects.get_or_create(
                slug=slug, defaults={"name": name, "requires_shipping": key[0], "track_stock": key[1]})
        return self._classes[key]

    def _attributes(self, product_class, option_names):
        wanted = {BRAND_CODE: ("Brand", "text"), SHIPPING_WEIGHT_CODE: ("Shipping weight (kg)", "float")}
        wanted.update({option_code(name): (name, "text") for name in option_names})
        have = self._attribute_cache.setdefault(product_class.pk, {})
        if set(wanted) - set(have):
            have.update({a.code: a for a in product_class.attributes.filter(code__in=wanted)})
        for code, (name, kind) in wanted.items():
            if code not in have:
                have[code] = ProductAttribute.objects.create(
                    product_class=product_class, code=code, name=name, type=kind)
        return have

    def _categories(self, product, crumbs, outcome, known):
        have = known.categories
        for crumb in crumbs:
            category = self.find_category(crumb)
            if category.pk not in have:
                ProductCategory.objects.create(product=product, category=category)
                have.add(category.pk)
                if not outcome.created:
                    outcome.changes.append(f"category {crumb}")


class Known:
    """What the database holds for one handle: its records (with their products), those
    products' specification values, stock records, pictures and categories. ``for_handles`` reads
    them for many handles in a fixed number of queries. Writes go through it so it stays true for
    the rest of the product; new values, stock records and Shopify records wait in it and go in
    with one INSERT each at ``flush`` (no signal needed: search documents are refreshed after the
    run, and a new stock record has no one waiting for it)."""

    def __init__(self):
        self.records, self.by_sku, self.values, self.stocks, self.images = {}, {}, {}, {}, {}
        self.categories = set()
        self._new = {ProductAttributeValue: [], StockRecord: [], ShopifyRecord: []}

    @classmethod
    def for_handles(cls, handles, partner):
        """``{handle: Known}`` read in at most five queries, however many handles."""
        found = {handle: cls() for handle in handles}
        rows = list(ShopifyRecord.objects.filter(handle__in=handles).select_related("product"))
        owner = {}
        for row in rows:
            known = found[row.handle]
            known.records[row.option_key] = row
            if row.sku and row.option_key:
                known.by_sku[row.sku] = row
            owner[row.product_id] = known
        if not rows:
            return found
        ids = list(owner)
        for value in ProductAttributeValue.objects.filter(product_id__in=ids).select_related("attribute"):
            owner[value.product_id].values[(value.product_id, value.attribute_id)] = value
        for stock in StockRecord.objects.filter(product_id__in=ids, partner=partner):
            owner[stock.product_id].stocks[stock.product_id] = stock
        image_owner = {pk: owner[r.product_id] for r in rows for pk in r.images.values()}
        if image_owner:
            for pk, image in ProductImage.objects.in_bulk(list(image_owner)).items():
                image_owner[pk].images[pk] = image
        parents = [r.product_id for r in rows if r.option_key == ""]
        for product_id, category_id in ProductCategory.objects.filter(product_id__in=parents).values_list(
                "product_id", "category_id"):
            owner[product_id].categories.add(category_id)
        return found

    def add(self, instance):
        """A new row, inserted at ``flush``."""
        self._new[type(instance)].append(instance)

    def save_record(self, record):
        if record.pk is None:
            if record not in self._new[ShopifyRecord]:
                self.add(record)
        elif getattr(record, "_dirty", False):
            record.save()
        record._dirty = False

    def flush(self):
        for model, rows in self._new.items():
            if rows:
                model.objects.bulk_create(rows)
                rows.clear()

    def set_value(self, product, attribute, value):
        """Save one specification's value when it differs; an empty value removes it. Returns
        whether anything changed."""
        existing = self.values.get((product.pk, attribute.pk))
        empty = value is None or value == ""
        if existing is None and empty:
            return False
        if existing is not None and not empty and _same(existing.value, value):
            return False
        if existing is not None and empty:
            if existing.pk is None:
                self._new[ProductAttributeValue].remove(existing)
            else:
                existing.delete()
            del self.values[(product.pk, attribute.pk)]
            return True
        if existing is None:
            existing = ProductAttributeValue(product=product, attribute=attribute)
            existing.value = value
            self.values[(product.pk, attribute.pk)] = existing
            self.add(existing)
            return True
        existing.value = value
        if existing.pk is not None:
            existing.save()
        return True


def _insert_products(products):
    """New variants of one product in one INSERT, with the slug ``Product.save`` would give them
    (no other work there for a product without specifications set through ``product.attr``)."""
    for product in products:
        product.slug = product.slug or oscar_slugify(product.get_title())
    if products:
        Product.objects.bulk_create(products)


def option_code(name):
    """A Shopify option name as a specification code (``Taille / Size`` → ``taille_size``)."""
    code = slugify(name).replace("-", "_") or "option"
    return f"option_{code}" if code[0].isdigit() else code[:128]


def _variant_image(variant, plan):
    from .mapping import ImagePlan

    position = next((i.position for i in plan.images if i.file_name == variant.image), 1)
    return ImagePlan(row=variant.row, file_name=variant.image, position=position, alt=plan.title,
                     src=variant.image_src)


def _assign(instance, values):
    """Set the fields that differ; returns their names."""
    changed = []
    for name, value in values.items():
        current = getattr(instance, name + "_id", None) if name == "product_class" else getattr(instance, name)
        target = value.pk if name == "product_class" and value is not None else value
        if current != target:
            setattr(instance, name, value)
            changed.append(name)
    return changed


def _same(current, value):
    try:
        return float(current) == float(value) if not isinstance(value, str) else current == value
    except (TypeError, ValueError):
        return False
