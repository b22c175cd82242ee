"""Oscar's view counter failed requests when first views of a product raced; ours counts
every one of them. Real concurrency needs real PostgreSQL connections."""
import threading

import pytest
from django.db import connection, transaction

from tests import factories

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_eight_simultaneous_first_views_are_all_counted_and_none_fails():
    from oscar.apps.analytics.models import ProductRecord

    from catalog.analytics import record_product_event

    product = factories.product(with_image=False)
    start = threading.Barrier(8)
    failures = []

    def view():
        try:
            start.wait()
            with transaction.atomic():  # as in a request under ATOMIC_REQUESTS
                record_product_event(product_id=product.pk, user_id=None, event="view")
        except Exception as error:  # noqa: BLE001 (any failure is the finding)
            failures.append(error)
        finally:
            connection.close()  # threads keep their own connections; let the test database go

    threads = [threading.Thread(target=view) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert ProductRecord.objects.get(product=product).num_views == 8
