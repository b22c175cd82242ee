"""A restock mails each active alert once, from one task queued after commit."""
from unittest import mock

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.db import transaction
from oscar.core.loading import get_model
from oscar.test.factories import create_product

from bodybest.mail.models import OutgoingMail
from catalog.alerts import signals, tasks
from tests import factories

pytestmark = pytest.mark.django_db
ProductAlert = get_model("customer", "ProductAlert")
StockRecord = get_model("partner", "StockRecord")


def restock(product, quantity):
    record = StockRecord.objects.get(product=product)
    record.num_in_stock = quantity
    record.save()
    return record


def queued(callbacks):
    return [callback for callback in callbacks if isinstance(callback, signals._Restocked)]


@pytest.fixture
def sold_out(django_user_model):
    product = factories.product(title="Cedar & Stone 18 lb hot stone set", stock=0)
    customer = django_user_model.objects.create_user(
        username="noor", email="noor@example.ca", password="x-noor-2024", first_name="Noor")
    alert = ProductAlert.objects.create(product=product, user=customer)
    return product, alert


def test_zero_to_five_mails_each_active_alert_once_and_closes_it(sold_out, django_capture_on_commit_callbacks):
    product, alert = sold_out
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        restock(product, 5)
    assert len(queued(callbacks)) == 1
    assert [message.to for message in mail.outbox] == [["noor@example.ca"]]
    message = mail.outbox[0]
    assert message.subject == "Back in stock: Cedar & Stone 18 lb hot stone set"
    assert f"://{Site.objects.get_current().domain}{product.get_absolute_url()}" in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html" and product.get_absolute_url() in html and "Hello Noor" in html
    alert.refresh_from_db()
    assert alert.status == ProductAlert.CLOSED and alert.date_closed is not None

    tasks.mail_back_in_stock.delay([product.pk])  # a redelivered task
    assert len(mail.outbox) == 1
    assert OutgoingMail.objects.get(kind="back-in-stock").status == OutgoingMail.SENT


def test_five_to_six_queues_nothing(sold_out, django_capture_on_commit_callbacks):
    product, alert = sold_out
    restock(product, 5)
    ProductAlert.objects.filter(pk=alert.pk).update(status=ProductAlert.ACTIVE)  # asked again meanwhile
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        restock(product, 6)
    assert queued(callbacks) == []
    assert mail.outbox == []


def test_a_restock_rolled_back_queues_nothing(sold_out, django_capture_on_commit_callbacks):
    product, _ = sold_out
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                restock(product, 5)
                raise RuntimeError("the import failed further on")
        except RuntimeError:
            pass
    assert queued(callbacks) == []
    assert mail.outbox == []


def test_two_restocks_in_one_transaction_make_one_task(sold_out, django_capture_on_commit_callbacks):
    product, _ = sold_out
    other = factories.product(stock=0)
    ProductAlert.objects.create(product=other, user=sold_out[1].user)
    with mock.patch.object(tasks.mail_back_in_stock, "delay") as delay:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            with transaction.atomic():
                restock(product, 3)
                restock(other, 2)
                restock(product, 4)
    assert len(queued(callbacks)) == 1
    delay.assert_called_once_with(sorted([product.pk, other.pk]))


def test_only_active_alerts_are_mailed(sold_out, django_capture_on_commit_callbacks):
    product, _ = sold_out
    unconfirmed = ProductAlert.objects.create(product=product, email="waiting@example.ca")
    confirmed = ProductAlert.objects.create(product=product, email="sure@example.ca")
    confirmed.confirm()
    cancelled = ProductAlert.objects.create(product=product, email="changed-mind@example.ca")
    cancelled.confirm()
    cancelled.cancel()
    assert unconfirmed.status == ProductAlert.UNCONFIRMED
    with django_capture_on_commit_callbacks(execute=True):
        restock(product, 5)
    assert sorted(message.to[0] for message in mail.outbox) == ["noor@example.ca", "sure@example.ca"]
    unconfirmed.refresh_from_db()
    assert unconfirmed.status == ProductAlert.UNCONFIRMED


def test_a_cancelled_order_that_frees_the_last_units_mails_the_alerts(sold_out, django_capture_on_commit_callbacks):
    product, _ = sold_out
    record = StockRecord.objects.get(product=product)
    StockRecord.objects.filter(pk=record.pk).update(num_in_stock=2, num_allocated=2)  # all promised to an order
    record = StockRecord.objects.get(pk=record.pk)
    with django_capture_on_commit_callbacks(execute=True):
        record.cancel_allocation(2)
    assert [message.to for message in mail.outbox] == [["noor@example.ca"]]


def test_a_first_stock_record_counts_as_stock_coming_back(django_user_model, django_capture_on_commit_callbacks):
    product = factories.product(stock=0)
    StockRecord.objects.filter(product=product).delete()
    ProductAlert.objects.create(product=product, email="first@example.ca").confirm()
    partner = get_model("partner", "Partner").objects.get(name="Body Best")
    with django_capture_on_commit_callbacks(execute=True):
        StockRecord.objects.create(product=product, partner=partner, partner_sku="NEW-1",
                                   price="89.00", num_in_stock=4)
    assert [message.to for message in mail.outbox] == [["first@example.ca"]]


def test_a_variant_coming_back_mails_alerts_on_its_parent(django_capture_on_commit_callbacks):
    factories.product_class()
    parent = create_product(title="Northpoint mini gun", product_class="Percussion massage gun",
                            structure="parent")
    child = create_product(title="Northpoint mini gun, sage", product_class="Percussion massage gun",
                           parent=parent, partner_name="Body Best", price="129.00", num_in_stock=0)
    ProductAlert.objects.create(product=parent, email="colours@example.ca").confirm()
    with django_capture_on_commit_callbacks(execute=True):
        restock(child, 1)
    assert [message.to for message in mail.outbox] == [["colours@example.ca"]]
    assert parent.get_absolute_url() in mail.outbox[0].body


def test_a_restock_that_still_cannot_be_bought_mails_nobody(sold_out, django_capture_on_commit_callbacks):
    product, alert = sold_out
    StockRecord.objects.filter(product=product).update(price=None)  # no price: not for sale
    with django_capture_on_commit_callbacks(execute=True):
        restock(product, 5)
    assert mail.outbox == []
    alert.refresh_from_db()
    assert alert.status == ProductAlert.ACTIVE
