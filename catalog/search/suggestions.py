"""Suggestions while a shopper types in the site search: a few products (title, price before
tax, thumbnail, link) and categories whose names hold every word typed so far.

A plain, fixed-cost query: at most MAX_PRODUCTS products with their stock records and images
prefetched, and MAX_CATEGORIES categories; the shopper's words are matched case-insensitively
in titles and names. The shared search engine (issue 15) is to take over the matching."""
import re
from dataclasses import dataclass

from django.db.models import Q
from oscar.core.loading import get_model
from oscar.core.thumbnails import get_thumbnailer
from oscar.templatetags.currency_filters import currency

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

MIN_LENGTH = 2
MAX_LENGTH = 100
MAX_WORDS = 6
MAX_PRODUCTS = 6
MAX_CATEGORIES = 3
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


def words(text):
    """The words of what was typed (letters and digits, accents kept), at most MAX_WORDS."""
    if len(text) > MAX_LENGTH:
        raise TooLong(text)
    return re.findall(r"\w+", text.lower())[:MAX_WORDS]


def suggest(text, strategy):
    """Products and categories for ``text``; nothing for fewer than MIN_LENGTH characters."""
    typed = words(text)
    if not typed or len("".join(typed)) < MIN_LENGTH:
        return Suggestions(text, [], [])
    in_title = Q()
    in_name = Q()
    for word in typed:
        in_title &= Q(title__icontains=word)
        in_name &= Q(name__icontains=word)
    products = (
        Product.objects.browsable().base_queryset().filter(in_title)
        .order_by("title", "pk")[:MAX_PRODUCTS]
    )
    categories = Category.objects.browsable().filter(in_name).order_by("path")[:MAX_CATEGORIES]
    return Suggestions(
        text,
        [_product(product, strategy) for product in products],
        [{"name": category.name, "url": category.get_absolute_url()} for category in categories],
    )


def _product(product, strategy):
    info = strategy.fetch_for_product(product)
    price = info.price.excl_tax if info.price.exists else None
    image = product.primary_image()
    thumbnail = None
    if getattr(image, "original", None):
        thumbnail = get_thumbnailer().generate_thumbnail(
            image.original, size=THUMBNAIL, upscale=False, format="WEBP").url
    return {
        "title": product.get_title(),
        "url": product.get_absolute_url(),
        "price": currency(price) if price is not None else None,
        "thumbnail": thumbnail,
    }
