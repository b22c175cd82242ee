"""A parent product's variants as the options a shopper chooses (Colour, Size), and back.

A parent's options are the text (or option-list) specifications that every public variant has
a value for, in the order the specifications were made (the Shopify import makes them in its
option order: Colour, then Size). A variant is the combination of its values. When variants
cannot be told apart that way (made in the dashboard without such specifications, or two with
the same values), there is one option, "Variant", whose choices are the variants' names.

Prices are CAD before tax, as the basket's strategy gives them; "buyable" is the strategy's
``is_available_to_buy``."""
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

CHOSEN_TYPES = ("text", "option")
FALLBACK_CODE = "variant"


@dataclass
class Option:
    code: str
    name: str
    values: list = field(default_factory=list)  # in the order of the variants

    @property
    def field_name(self):
        return f"variant_{self.code}"


@dataclass
class Variant:
    child: object
    values: tuple
    price: Decimal | None
    currency: str
    buyable: bool


@dataclass
class Chooser:
    options: list
    variants: list

    def find(self, values):
        """The variant with exactly these values (one per option, as strings), or None."""
        wanted = tuple(values)
        return next((v for v in self.variants if v.values == wanted), None)

    def with_value(self, index, value):
        return [v for v in self.variants if v.values[index] == value]

    def cheapest(self):
        """The buyable variant with the lowest price (the page's "from" price), else None."""
        buyable = [v for v in self.variants if v.buyable and v.price is not None]
        return min(buyable, key=lambda v: v.price) if buyable else None


def children_queryset():
    """Public variants with their stock records and specifications, in the order they were
    made: three queries whatever their number (prefetched by the product page)."""
    Product = get_model("catalogue", "Product")
    ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
    values = ProductAttributeValue.objects.select_related("attribute", "value_option")
    return (Product.objects.public().order_by("pk")
            .prefetch_related("stockrecords", Prefetch("attribute_values", queryset=values)))


def children_of(product):
    """The public variants of ``product``: those the page prefetched, else loaded so."""
    children = product.get_public_children()
    if isinstance(children, list):
        return children
    children = list(children_queryset().filter(parent=product))
    for child in children:
        child.parent = product  # its class is its parent's: no query per variant
    return children


def chooser_for(product, strategy, children=None):
    """The options and variants of parent ``product``, priced by ``strategy``."""
    children = children_of(product) if children is None else children
    by_child = {child.pk: _chosen_values(child) for child in children}
    options = _shared_options(children, by_child)
    variants = []
    for child in children:
        info = strategy.fetch_for_product(child)
        price = info.price.excl_tax if info.price.exists else None
        values = (tuple(by_child[child.pk][o.code][1] for o in options) if options
                  else (str(child.pk),))
        variants.append(Variant(child=child, values=values, price=price,
                                currency=getattr(info.price, "currency", ""),
                                buyable=bool(info.availability.is_available_to_buy and price is not None)))
    if not options or len({v.values for v in variants}) < len(variants):
        options = [Option(code=FALLBACK_CODE, name=_("Variant"))]
        for variant in variants:
            variant.values = (str(variant.child.pk),)
    for index, option in enumerate(options):
        for variant in variants:
            if variant.values[index] not in option.values:
                option.values.append(variant.values[index])
    return Chooser(options=options, variants=variants)


def value_label(chooser, index, value):
    """What a choice is called: the value itself, or a variant's name in the fallback."""
    if chooser.options[index].code == FALLBACK_CODE:
        variant = chooser.find((value,))
        return variant.child.attribute_summary or variant.child.get_title()
    return value


def _chosen_values(child):
    """{attribute code: (attribute, value as text)} of the child's text/option specifications."""
    found = {}
    for av in child.attribute_values.all():
        if av.attribute.type in CHOSEN_TYPES and av.value not in (None, ""):
            found[av.attribute.code] = (av.attribute, str(av.value))
    return found


def _shared_options(children, by_child):
    if not children:
        return []
    codes = set.intersection(*(set(by_child[c.pk]) for c in children))
    attributes = sorted((by_child[children[0].pk][code][0] for code in codes), key=lambda a: a.pk)
    return [Option(code=a.code, name=a.name) for a in attributes]
