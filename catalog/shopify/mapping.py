"""One Shopify product (the rows of one handle) as a plain plan, with the rows refused and why.

Pure: no database. Shopify's rules, as its product CSV documents them: the first row of a handle
carries the product (title, body, vendor, type, tags, publishing, SEO); every row with option
values or a price is a variant; rows with only ``Image …`` columns add pictures. A product whose
single variant is Shopify's "Default Title" has no options and comes in as one standalone product.
Money is CAD as the export writes it (before tax); ``Variant Grams`` is always grams
(``Variant Weight Unit`` is only the unit Shopify's admin showed), kept in kilograms. A variant
with neither ``Variant Inventory Tracker`` nor ``Variant Inventory Qty`` is one whose stock Shopify
does not count: it is sold whatever the count (saving.py gives it a class that tracks no stock)."""
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote, urlparse

from bodybest.staff_html import clean_staff_html

DEFAULT_TITLE = "Default Title"
OPTION_COLUMNS = [(f"Option{n} Name", f"Option{n} Value") for n in (1, 2, 3)]
VARIANT_COLUMNS = ("Option1 Value", "Variant SKU", "Variant Price")
MAX_PRICE = Decimal("1000000")
GRAMS_PER_KG = Decimal("1000")


class Refused(ValueError):
    """A row (or a whole product) that cannot come in; the message is the report's reason."""


@dataclass
class VariantPlan:
    row: int
    option_values: tuple
    sku: str
    price: Decimal
    compare_at_price: Decimal | None
    stock: int
    weight_kg: Decimal | None
    requires_shipping: bool
    taxable: bool
    image: str  # file name, or ""
    image_src: str = ""  # as the export writes it: a URL, or a bare file name
    tracks_stock: bool = True  # False: Shopify kept no count (no tracker, no quantity)

    @property
    def option_key(self):
        return " / ".join(self.option_values)


@dataclass
class ImagePlan:
    row: int
    file_name: str
    position: int
    alt: str
    src: str = ""  # as the export writes it: a URL, or a bare file name


@dataclass
class ProductPlan:
    handle: str
    row: int
    title: str
    body: str
    vendor: str
    product_type: str
    product_category: str
    tags: list
    is_public: bool
    seo_title: str
    seo_description: str
    option_names: list
    variants: list = field(default_factory=list)
    images: list = field(default_factory=list)

    @property
    def is_standalone(self):
        return not self.option_names

    @property
    def requires_shipping(self):
        return any(v.requires_shipping for v in self.variants) or not self.variants

    @property
    def tracks_stock(self):
        """Shopify counts stock per variant, Oscar per product class: counted if any variant is."""
        return any(v.tracks_stock for v in self.variants) or not self.variants

    def image_urls(self):
        """``{file name: URL}`` of the product's and its variants' pictures given as web addresses."""
        found = {i.file_name: i.src for i in self.images if is_url(i.src)}
        found.update({v.image: v.image_src for v in self.variants if is_url(v.image_src) and v.image not in found})
        return found


def plan_product(group):
    """``(plan, refusals)`` for one handle's rows: refusals are ``(row number, reason)``. Raises
    ``Refused`` when the product itself cannot come in (no title, or no variant left)."""
    first = group.rows[0]
    title = first.get("Title")
    if not title:
        raise Refused("The first row of a product needs its Title.")
    option_names = [first.get(name) for name, _ in OPTION_COLUMNS if first.get(name)]
    if option_names == ["Title"] or _single_default(group.rows):
        option_names = []
    plan = ProductPlan(
        handle=group.handle, row=first.number, title=title,
        body=str(clean_staff_html(first.values.get("Body (HTML)") or "")),
        vendor=first.get("Vendor"), product_type=first.get("Type"),
        product_category=first.get("Product Category"),
        tags=[t.strip() for t in first.get("Tags").split(",") if t.strip()],
        is_public=is_published(first.get("Published"), first.get("Status")),
        seo_title=first.get("SEO Title"), seo_description=first.get("SEO Description"),
        option_names=option_names,
    )
    refusals, seen = [], set()
    for row in group.rows:
        if any(row.get(c) for c in VARIANT_COLUMNS):
            try:
                variant = plan_variant(row, option_names)
                if variant.option_key in seen:
                    raise Refused(f"A second variant with the options {variant.option_key!r}.")
            except Refused as refusal:
                refusals.append((row.number, str(refusal)))
            else:
                seen.add(variant.option_key)
                plan.variants.append(variant)
        if row.get("Image Src"):
            try:
                position = _integer(row.get("Image Position"), "Image Position", default=len(plan.images) + 1)
            except Refused:
                position = len(plan.images) + 1
            plan.images.append(ImagePlan(
                row=row.number, file_name=file_name(row.get("Image Src")), position=position,
                alt=row.get("Image Alt Text"), src=row.get("Image Src"),
            ))
    if not plan.variants:
        raise Refused("No variant with a price could be read: " + "; ".join(r for _, r in refusals))
    if plan.is_standalone and len(plan.variants) > 1:
        raise Refused("Several variants but no option names (Option1 Name).")
    plan.images.sort(key=lambda image: image.position)
    return plan, refusals


def plan_variant(row, option_names):
    values = tuple(row.get(value) for _, value in OPTION_COLUMNS[: len(option_names)])
    if option_names and not all(values):
        raise Refused(f"A variant needs a value for each option ({', '.join(option_names)}).")
    grams = row.get("Variant Grams")
    quantity = row.get("Variant Inventory Qty")
    return VariantPlan(
        row=row.number, option_values=values, sku=row.get("Variant SKU"),
        price=money(row.get("Variant Price"), "Variant Price", required=True),
        compare_at_price=money(row.get("Variant Compare At Price"), "Variant Compare At Price"),
        stock=max(_integer(quantity, "Variant Inventory Qty", default=0), 0),
        weight_kg=(_decimal(grams, "Variant Grams") / GRAMS_PER_KG).quantize(Decimal("0.001")) if grams else None,
        requires_shipping=boolean(row.get("Variant Requires Shipping"), default=True),
        taxable=boolean(row.get("Variant Taxable"), default=True),
        image=file_name(row.get("Variant Image")) if row.get("Variant Image") else "",
        image_src=row.get("Variant Image"),
        tracks_stock=bool(row.get("Variant Inventory Tracker") or quantity),
    )


def _single_default(rows):
    values = [r.get("Option1 Value") for r in rows if any(r.get(c) for c in VARIANT_COLUMNS)]
    return values == [DEFAULT_TITLE]


def is_published(published, status):
    """Shopify publishes a product whose Published is blank or TRUE; a draft or archived one
    (Status, in exports since 2021) is not shown either way."""
    status = (status or "active").lower()
    return boolean(published, default=True) and status == "active"


def boolean(text, *, default):
    text = (text or "").strip().lower()
    if not text:
        return default
    return text in ("true", "yes", "1")


def money(text, column, *, required=False):
    """An amount in dollars and cents, as Shopify writes it (``24.99``)."""
    if not text:
        if required:
            raise Refused(f"{column} is empty.")
        return None
    amount = _decimal(text, column)
    if amount < 0 or amount >= MAX_PRICE or amount != amount.quantize(Decimal("0.01")):
        raise Refused(f"{column} {text!r} is not an amount in dollars and cents.")
    return amount


def _decimal(text, column):
    try:
        value = Decimal(text.replace("$", "").strip())
    except InvalidOperation:
        raise Refused(f"{column} {text!r} is not a number.") from None
    if not value.is_finite():
        raise Refused(f"{column} {text!r} is not a number.")
    return value


def _integer(text, column, *, default):
    if not text:
        return default
    value = _decimal(text, column)
    if value != value.to_integral_value():
        raise Refused(f"{column} {text!r} is not a whole number.")
    return int(value)


def is_url(src):
    return (src or "").lower().startswith(("http://", "https://"))


def file_name(src):
    """The file name an image URL ends with (``…/files/oil.jpg?v=1712`` → ``oil.jpg``): the
    name under which it sits in the export's image folder."""
    return unquote(urlparse(src).path.rsplit("/", 1)[-1])
