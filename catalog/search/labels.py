"""What listing filters call things: specification names by attribute code, and the shop's
categories in tree order, in the page's language. Both change rarely and every listing reads
them, so they are cached per language and dropped whenever staff save or delete an attribute or
a category (a category change also retires cached search results and suggestions)."""
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from oscar.core.loading import get_model

from .engine import cached

ATTRIBUTES_KEY = "search:attribute-names:v2"
CATEGORIES_KEY = "search:category-labels:v2"
TIMEOUT = 60 * 60


def _key(name, language=None):
    """One entry per language: the names are read in the active one (modeltranslation), and a
    French page's must not label an English one's filters."""
    return f"{name}:{language or get_language() or settings.LANGUAGE_CODE}"


def _every_language(name):
    return [_key(name, code) for code, _name in settings.LANGUAGES]


def attribute_names():
    """{code: name}; where classes share a code, the first attribute made names it."""
    key = _key(ATTRIBUTES_KEY)
    names = cache.get(key)
    if names is None:
        ProductAttribute = get_model("catalogue", "ProductAttribute")
        names = {}
        for code, name in ProductAttribute.objects.order_by("pk").values_list("code", "name"):
            names.setdefault(code, name)
        cache.set(key, names, TIMEOUT)
    return names


def categories():
    """[(id, name, depth)] of the categories a shopper may open, in tree order."""
    key = _key(CATEGORIES_KEY)
    rows = cache.get(key)
    if rows is None:
        Category = get_model("catalogue", "Category")
        rows = list(Category.objects.browsable().order_by("path").values_list("pk", "name", "depth"))
        cache.set(key, rows, TIMEOUT)
    return rows


def _forget_attributes(sender, **kwargs):
    cache.delete_many(_every_language(ATTRIBUTES_KEY))


def _forget_categories(sender, **kwargs):
    cache.delete_many(_every_language(CATEGORIES_KEY))
    # Cached results and suggestions name categories (and a hidden one must not be offered).
    cached.changed()


def connect():
    ProductAttribute = get_model("catalogue", "ProductAttribute")
    Category = get_model("catalogue", "Category")
    post_save.connect(_forget_attributes, sender=ProductAttribute, dispatch_uid="search-labels-attribute-save")
    post_delete.connect(_forget_attributes, sender=ProductAttribute, dispatch_uid="search-labels-attribute-delete")
    post_save.connect(_forget_categories, sender=Category, dispatch_uid="search-labels-category-save")
    post_delete.connect(_forget_categories, sender=Category, dispatch_uid="search-labels-category-delete")
