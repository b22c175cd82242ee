"""The old store's product address, ``/products/<handle>``, recorded with the product's page
here (bodybest/old_links.py), so old links, bookmarks and search results keep landing on it."""
from django.conf import settings
from django.utils import translation

from bodybest import old_links


def record_product(handle, product):
    """Record ``/products/<handle>`` → the product's English address (French visitors follow
    the page's own language links). Unchanged rows are left as they are."""
    with translation.override(settings.LANGUAGE_CODE):
        old_links.record(f"/products/{handle}", product.get_absolute_url(), "product")
