"""Which product's search document a change touches, and pausing per-save refreshes while a
bulk load runs (it rebuilds every document once at the end)."""
import contextlib
import threading

from oscar.core.loading import get_model

_state = threading.local()


def is_enabled() -> bool:
    return not getattr(_state, "paused", False)


@contextlib.contextmanager
def paused():
    """Skip per-save refreshes (bulk loads rebuild the documents once at the end)."""
    previous = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = previous


def product_id_for(instance):
    """The id of the browsable product whose document ``instance`` affects."""
    Product = get_model("catalogue", "Product")
    if isinstance(instance, Product):
        return instance.parent_id or instance.pk
    product_id = getattr(instance, "product_id", None)
    if product_id is None:
        return None
    parent_id = Product.objects.filter(pk=product_id).values_list("parent_id", flat=True).first()
    return parent_id or product_id
