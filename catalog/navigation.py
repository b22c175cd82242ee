"""The category menu every page shows, cached: Oscar queries it on every request.

The cache entry is dropped whenever a category is saved or deleted, so staff edits show
at once.
"""
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model

CACHE_KEY = "catalog:nav-categories:v1"
TREE_KEY = "catalog:category-tree:v1"


def nav_categories():
    """Top-level public categories as (name, url) pairs, in tree order."""
    entries = cache.get(CACHE_KEY)
    if entries is None:
        Category = get_model("catalogue", "Category")
        entries = [
            {"name": category.name, "url": category.get_absolute_url()}
            for category in Category.objects.browsable().filter(depth=1, exclude_from_menu=False).order_by("path")
        ]
        cache.set(CACHE_KEY, entries, 60 * 60)
    return entries


def category_tree():
    """Every category the menu may show, in tree order, as dicts (``pk``, ``name``, ``url``,
    ``depth``, ``path``): what the browse pages' category filter lists. Oscar's
    ``category_tree`` tag built it on every listing, a cache lookup per category for its URL."""
    entries = cache.get(TREE_KEY)
    if entries is None:
        Category = get_model("catalogue", "Category")
        entries = [
            {"pk": c.pk, "name": c.name, "url": c.get_absolute_url(), "depth": c.depth, "path": c.path}
            for c in Category.objects.for_menu().order_by("path")
        ]
        cache.set(TREE_KEY, entries, 60 * 60)
    return entries


def _forget(sender, **kwargs):
    cache.delete_many([CACHE_KEY, TREE_KEY])


def connect():
    Category = get_model("catalogue", "Category")
    post_save.connect(_forget, sender=Category, dispatch_uid="catalog-nav-save")
    post_delete.connect(_forget, sender=Category, dispatch_uid="catalog-nav-delete")
