"""Suggestions while a shopper types in the site search: a few products (title, price before
tax, thumbnail, link) and categories, from the search engine's documents (catalog/search/engine/
suggest.py: each typed word starts a word of the title, accents and case ignored), turned into
what the suggestion list shows. A fixed number of queries however many are shown."""
from dataclasses import dataclass

from django.utils.translation import get_language
from oscar.core.loading import get_model
from oscar.core.thumbnails import get_thumbnailer
from oscar.templatetags.currency_filters import currency

from . import engine
from .engine import cached

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

MAX_LENGTH = 100
MAX_PRODUCTS = 6
THUMBNAIL = "96x96"


class TooLong(ValueError):
    """The typed text is longer than any product name a shopper would type."""


@dataclass(frozen=True)
class Suggestions:
    query: str
    products: list
    categories: list

    def as_json(self):
        return {"query": self.query, "products": self.products, "categories": self.categories}


def suggest(text):
    """Products and categories for ``text``; nothing for fewer than two letters. Kept in the
    shared cache until the search documents or categories change (engine/cached.py): people
    type the same beginnings, and a suggestion must come within a keystroke. In the active
    language: titles, categories and links as its pages show them."""
    if len(text) > MAX_LENGTH:
        raise TooLong(text)
    return cached.remembered(("suggest", get_language(), text), lambda: _suggest(text))


def _suggest(text):
    found = engine.suggest(text, limit=MAX_PRODUCTS)
    # Only what a shopper may open: a product unpublished a moment ago keeps its document
    # until its refresh task has run.
    slugs = dict(Product.objects.browsable().filter(pk__in=[p["id"] for p in found["products"]])
                 .values_list("pk", "slug"))
    categories = Category.objects.browsable().in_bulk([c["id"] for c in found["categories"]])
    return Suggestions(
        text,
        [_product(found_product, slugs) for found_product in found["products"]
         if found_product["id"] in slugs],
        [{"name": categories[c["id"]].name, "url": categories[c["id"]].get_absolute_url()}
         for c in found["categories"] if c["id"] in categories],
    )


def _product(found, slugs):
    thumbnail = None
    if found["image"]:
        thumbnail = get_thumbnailer().generate_thumbnail(
            found["image"], size=THUMBNAIL, upscale=False, format="WEBP").url
    return {
        "title": found["title"],
        "url": Product(pk=found["id"], slug=slugs[found["id"]]).get_absolute_url(),
        "price": currency(found["price"]) if found["price"] is not None else None,
        "thumbnail": thumbnail,
    }
