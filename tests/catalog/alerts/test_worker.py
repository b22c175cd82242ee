"""The real thing in CI: a restock commits, a Celery worker on Redis mails the alert to a real
SMTP server once and closes it."""
import pytest
from django.db import transaction
from oscar.core.loading import get_model

from tests import factories
from tests.celery_worker import wait_for, worker
from tests.smtp_server import smtp_server

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]
ProductAlert = get_model("customer", "ProductAlert")
StockRecord = get_model("partner", "StockRecord")


def test_a_worker_mails_the_alert_once_the_restock_commits():
    product = factories.product(title="Maple bolster, 6 inch", stock=0, with_image=False)
    alert = ProductAlert.objects.create(product=product, email="worker@example.ca")
    alert.confirm()
    with smtp_server() as inbox, worker(env={"EMAIL_URL": f"smtp://127.0.0.1:{inbox.port}"}):
        with transaction.atomic():
            record = StockRecord.objects.get(product=product)
            record.num_in_stock = 4
            record.save()
            assert inbox.messages == []  # nothing before the commit
        assert wait_for(lambda: ProductAlert.objects.get(pk=alert.pk).status == ProductAlert.CLOSED)
    assert [recipients for recipients, _ in inbox.messages] == [["worker@example.ca"]]
    content = inbox.messages[0][1]
    assert b"Back in stock: Maple bolster, 6 inch" in content and b"text/html" in content
