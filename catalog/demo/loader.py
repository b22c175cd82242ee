"""Idempotent generators for the demo store. Each keys its rows on a stable natural key
(slug, UPC, code), so running them again updates rather than duplicates, and reports
progress through the ``say`` callable it is given."""
import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from oscar.core.loading import get_model

from catalog.search import indexing

from . import data, data_fr, images

SHIPPING_WEIGHT_CODE = "shipping_weight"
PARTNER_CODE = "body-best"


def _attribute_label(spec, name=None):
    name = name or spec["name"]
    return f"{name} ({spec['unit']})" if spec.get("unit") else name


def load_product_classes(*, say):
    ProductClass = get_model("catalogue", "ProductClass")
    ProductAttribute = get_model("catalogue", "ProductAttribute")
    classes = {}
    for spec in data.PRODUCT_CLASSES:
        product_class, _ = ProductClass.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "requires_shipping": spec.get("requires_shipping", True),
                "track_stock": spec.get("track_stock", True),
            },
        )
        attributes = [*spec["attributes"], {
            "code": SHIPPING_WEIGHT_CODE, "name": "Shipping weight", "type": "float", "unit": "kg",
        }]
        for attribute in attributes:
            ProductAttribute.objects.update_or_create(
                product_class=product_class,
                code=attribute["code"],
                defaults={
                    "name": _attribute_label(attribute),
                    "name_fr_ca": _attribute_label(attribute, data_fr.ATTRIBUTE_NAMES[attribute["code"]]),
                    "type": attribute["type"],
                },
            )
        classes[spec["slug"]] = product_class
    say(f"Product classes: {len(classes)}")
    return classes


def _load_category(spec, parent, Category):
    category = Category.objects.filter(slug=spec["slug"]).first()
    french = data_fr.CATEGORIES[spec["slug"]]
    fields = {"name": spec["name"], "description": spec.get("description", ""), "is_public": True,
              "name_fr_ca": french["name"], "slug_fr_ca": french["slug"], "description_fr_ca": french["description"]}
    if category is None:
        adder = parent.add_child if parent else Category.add_root
        category = adder(slug=spec["slug"], **fields)
    else:
        for name, value in fields.items():
            setattr(category, name, value)
        category.save()
    found = {category.slug: category}
    for child in spec.get("children", []):
        found.update(_load_category(child, category, Category))
    return found


def load_categories(*, say):
    Category = get_model("catalogue", "Category")
    categories = {}
    for spec in data.CATEGORIES:
        categories.update(_load_category(spec, None, Category))
    say(f"Categories: {len(categories)}")
    return categories


def _partner():
    Partner = get_model("partner", "Partner")
    partner, _ = Partner.objects.update_or_create(code=PARTNER_CODE, defaults={"name": "Body Best"})
    return partner


def _save_image(product, spec, *, refresh):
    ProductImage = get_model("catalogue", "ProductImage")
    if product.images.exists() and not refresh:
        return False
    for old in product.images.all():
        old.delete()
    picture = images.image_bytes(
        title=product.title, shape=spec["shape"], colour=spec["colour"], accent=spec["accent"]
    )
    image = ProductImage(product=product, caption=product.title, display_order=0)
    image.original.save(f"{slugify(product.title)}.jpg", ContentFile(picture), save=False)
    image.save()
    return True


def _french_text_values(product, attributes, values):
    """Each text specification's French (the English one again when it reads the same in both,
    a brand or a size range), so French pages show no English fallback."""
    ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
    for code, value in values.items():
        if attributes[code].type == "text":
            ProductAttributeValue.objects.filter(product=product, attribute=attributes[code]).update(
                value_text_fr_ca=data_fr.ATTRIBUTE_VALUES.get(value, value))


def load_products(*, classes, categories, say, refresh_images=False):
    Product = get_model("catalogue", "Product")
    ProductCategory = get_model("catalogue", "ProductCategory")
    StockRecord = get_model("partner", "StockRecord")
    partner = _partner()
    total = len(data.PRODUCTS)
    drawn = 0
    for number, spec in enumerate(data.PRODUCTS, start=1):
        product_class = classes[spec["product_class"]]
        title_fr, description_fr = data_fr.PRODUCTS[spec["upc"]]
        with transaction.atomic():
            product, created = Product.objects.update_or_create(
                upc=spec["upc"],
                defaults={
                    "title": spec["title"],
                    "slug": slugify(spec["title"]),
                    "description": spec["description"],
                    "title_fr_ca": title_fr,
                    "slug_fr_ca": slugify(title_fr),
                    "description_fr_ca": description_fr,
                    "product_class": product_class,
                    "structure": Product.STANDALONE,
                    "is_public": True,
                },
            )
            attributes = {a.code: a for a in product_class.attributes.all()}
            values = {**spec["attributes"], SHIPPING_WEIGHT_CODE: float(spec["weight_kg"])}
            for code, value in values.items():
                attributes[code].save_value(product, value)
            _french_text_values(product, attributes, values)
            wanted = [categories[slug] for slug in spec["categories"]]
            ProductCategory.objects.filter(product=product).exclude(category__in=wanted).delete()
            for category in wanted:
                ProductCategory.objects.get_or_create(product=product, category=category)
            StockRecord.objects.update_or_create(
                product=product,
                partner=partner,
                defaults={
                    "partner_sku": spec["upc"],
                    "price": spec["price"],
                    "price_currency": settings.OSCAR_DEFAULT_CURRENCY,
                    "num_in_stock": spec["stock"],
                },
            )
            drawn += _save_image(product, spec["image"], refresh=refresh_images)
        if number % 8 == 0 or number == total:
            say(f"Products: {number}/{total} ({drawn} images drawn)")
    return total


def ensure_missing_image():
    """Oscar thumbnails a stand-in image for products without one; it must be in MEDIA_ROOT."""
    import oscar

    target = Path(settings.MEDIA_ROOT) / settings.OSCAR_MISSING_IMAGE_URL
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        source = Path(oscar.__file__).parent / "static" / "oscar" / "img" / "image_not_found.jpg"
        shutil.copyfile(source, target)


def load_catalogue(*, say, refresh_images=False):
    """Load the demo catalogue; the caller builds the search documents once at the end
    (per-save refreshes are paused meanwhile)."""
    ensure_missing_image()
    # English into the plain fields whatever language the caller is in; French named explicitly.
    with indexing.paused(), translation.override(settings.LANGUAGE_CODE):
        classes = load_product_classes(say=say)
        categories = load_categories(say=say)
        count = load_products(
            classes=classes, categories=categories, say=say, refresh_images=refresh_images
        )
    return {"products": count}
