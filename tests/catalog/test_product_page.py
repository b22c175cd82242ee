import pytest
from decimal import Decimal

from tests import factories

pytestmark = pytest.mark.django_db


def test_product_page_shows_its_specifications(client):
    product = factories.product(
        title="Northpoint Pro gun",
        attributes={"brand": "Northpoint", "amplitude": 16.0, "stall_force": 60, "speeds": 5, "battery_life": 4.5},
    )
    page = client.get(product.get_absolute_url()).content.decode()
    assert "Specifications" in page
    for label, value in [
        ("Brand", "Northpoint"),
        ("Amplitude (mm)", "16"),
        ("Stall force (lb)", "60"),
        ("Battery life (h)", "4.5"),
    ]:
        assert f'<th scope="row">{label}</th>\n                <td>{value}</td>' in page


def test_prices_are_canadian_dollars_with_thousands_separators(client):
    product = factories.product(price=Decimal("1249.50"))
    page = client.get(product.get_absolute_url()).content.decode()
    assert "$1,249.50" in page
    assert "£" not in page


def test_a_product_view_is_counted_after_the_request(client, django_capture_on_commit_callbacks):
    from oscar.apps.analytics.models import ProductRecord

    from catalog import analytics_buffer

    product = factories.product()
    with django_capture_on_commit_callbacks(execute=True):
        client.get(product.get_absolute_url())
        client.get(product.get_absolute_url())
    analytics_buffer.flush()  # with Redis, views wait there for it (no-op without)
    assert ProductRecord.objects.get(product=product).num_views == 2


def test_a_lost_race_creating_the_counter_does_not_break_the_request(monkeypatch):
    """Two first views at once: our UPDATE finds no row, then the other request inserts it
    before our INSERT. Ours must count the view, not poison the request's transaction."""
    from django.db import transaction
    from django.db.models.query import QuerySet
    from oscar.apps.analytics.models import ProductRecord

    from catalog import analytics

    product = factories.product()
    real_update = QuerySet.update
    calls = []

    def update_that_first_sees_no_row(self, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            ProductRecord.objects.create(product=product, num_views=1)  # the other request
            return 0
        return real_update(self, **kwargs)

    monkeypatch.setattr(QuerySet, "update", update_that_first_sees_no_row)
    with transaction.atomic():
        analytics.increment(ProductRecord, "num_views", product_id=product.pk)
        product.refresh_from_db()  # the transaction is still usable
    assert ProductRecord.objects.get(product=product).num_views == 2
