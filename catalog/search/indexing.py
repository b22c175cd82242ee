"""Updating the product search index one product at a time."""
import contextlib
import threading

from haystack import connections
from oscar.core.loading import get_model

_state = threading.local()


def is_enabled() -> bool:
    return not getattr(_state, "paused", False)


@contextlib.contextmanager
def paused():
    """Skip per-save index updates (bulk loads rebuild the index once at the end)."""
    previous = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = previous


def product_id_for(instance):
    """The id of the browsable product whose index entry ``instance`` affects."""
    Product = get_model("catalogue", "Product")
    if isinstance(instance, Product):
        return instance.parent_id or instance.pk
    product_id = getattr(instance, "product_id", None)
    if product_id is None:
        return None
    parent_id = Product.objects.filter(pk=product_id).values_list("parent_id", flat=True).first()
    return parent_id or product_id


def _index():
    Product = get_model("catalogue", "Product")
    return connections["default"].get_unified_index().get_index(Product)


def update_product(product_id: int) -> str:
    """Index the product if it is browsable, remove it from the index otherwise."""
    index = _index()
    product = index.index_queryset().filter(pk=product_id).first()
    if product is None:
        index.remove_object(f"catalogue.product.{product_id}")
        return "removed"
    index.update_object(product)
    return "indexed"


def rebuild(*, progress=None) -> int:
    """Clear the index and index every browsable product; returns how many."""
    index = _index()
    backend = connections["default"].get_backend()
    backend.clear(models=[index.get_model()], commit=True)
    products = list(index.index_queryset())
    batch = 100
    for start in range(0, len(products), batch):
        backend.update(index, products[start : start + batch])
        if progress:
            progress(min(start + batch, len(products)), len(products))
    if hasattr(backend, "optimize"):
        # Whoosh keeps a segment per batch and the cleared documents as tombstones; each one
        # is read on every search (after three demo loads a listing page was 40% slower).
        backend.optimize()
    return len(products)
