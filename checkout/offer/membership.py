"""Which products a range holds, remembered in the shared cache.

Oscar answers ``Range.contains_product`` with a query built afresh for every basket line and
every offer: with one site offer running, a basket of 3 lines cost about 15 more queries than
without, 6 lines about 30. Here the answer is the range's product ids, worked out once per
change and kept under a key holding:
- the search documents' version (catalog/search/engine/cached.py), which every product,
  category link or class change replaces: what decides membership besides the range itself;
- a ranges version that saving a range, or changing its included or excluded products,
  classes or categories, replaces (``connect``).
A range of every product keeps the ids it leaves out instead, so a range of 10,000 products
costs a few bytes. Each process also remembers the last answers it read, by the same key.
"""
from collections import OrderedDict

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from oscar.core.loading import get_model

from bodybest import versions
from catalog.search.engine import cached

VERSION_KEY = "offer:ranges-version"
TIMEOUT = 24 * 3600
_MEMO_SIZE = 64
_memo = OrderedDict()


def contains(product_range, product_id) -> bool:
    """Whether the product with ``product_id`` is in ``product_range`` (not a proxy range). The
    answer is kept on the range too: its proxies share it (checkout/offer/models.py), so a basket
    asks the cache once per range, not once per line."""
    found = product_range.__dict__.get("_bodybest_members")
    if found is None:
        found = product_range.__dict__["_bodybest_members"] = _membership(product_range)
    everything, ids = found
    return (product_id not in ids) if everything else (product_id in ids)


def _membership(product_range):
    key = _key(product_range)
    if key is None:
        return _work_out(product_range)  # no shared cache: ask the database, as Oscar does
    found = _memo.get(key)
    if found is None:
        found = cache.get(key)
        if found is None:
            found = _work_out(product_range)
            cache.set(key, found, TIMEOUT)
        _memo[key] = found
        while len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
    return found


def _work_out(product_range):
    """(True, ids left out) for a range of every product, else (False, ids in it)."""
    inside = frozenset(product_range.product_queryset.values_list("id", flat=True))
    if not product_range.includes_all_products:
        return False, inside
    Product = get_model("catalogue", "Product")
    return True, frozenset(Product.objects.exclude(id__in=product_range.product_queryset.values("id"))
                           .values_list("id", flat=True))


def _key(product_range):
    found = cache.get_many([cached.VERSION_KEY, VERSION_KEY])
    documents = found.get(cached.VERSION_KEY) or cached.version()
    ranges = found.get(VERSION_KEY) or versions.current(VERSION_KEY)
    if documents is None or ranges is None:
        return None
    return f"range-members:{product_range.pk}:{documents}:{ranges}"


def ranges_changed(**kwargs):
    """Retire every remembered range (bodybest/versions.py: now and once the change commits)."""
    versions.replace(VERSION_KEY)


def connect():
    Range = get_model("offer", "Range")
    RangeProduct = get_model("offer", "RangeProduct")
    for model in (Range, RangeProduct):
        post_save.connect(ranges_changed, sender=model, dispatch_uid=f"range-members-{model.__name__}-save")
        post_delete.connect(ranges_changed, sender=model, dispatch_uid=f"range-members-{model.__name__}-delete")
    for field in ("included_products", "excluded_products", "classes", "included_categories", "excluded_categories"):
        m2m_changed.connect(ranges_changed, sender=getattr(Range, field).through,
                            dispatch_uid=f"range-members-{field}")
