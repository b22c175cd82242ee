"""Every product page a shopper cannot buy from offers the back-in-stock alert."""
from decimal import Decimal

import pytest
from django.core import mail
from oscar.core.loading import get_model
from oscar.test.factories import create_product

from tests import factories

pytestmark = pytest.mark.django_db
ProductAlert = get_model("customer", "ProductAlert")
StockRecord = get_model("partner", "StockRecord")


def sold_out():
    return factories.product(stock=0, with_image=False)


def all_promised_to_orders():
    product = factories.product(stock=3, with_image=False)
    StockRecord.objects.filter(product=product).update(num_allocated=3)
    return product


def without_stock_record():
    product = factories.product(with_image=False)
    StockRecord.objects.filter(product=product).delete()
    return product


def without_price():
    product = factories.product(with_image=False)
    StockRecord.objects.filter(product=product).update(price=None)
    return product


def _family():
    factories.product_class()
    parent = create_product(title="Northpoint mini gun", product_class="Percussion massage gun",
                            structure="parent")
    for colour in ("sage", "slate"):
        create_product(title=f"Northpoint mini gun, {colour}", product_class="Percussion massage gun",
                       parent=parent, partner_name="Body Best", price=Decimal("129.00"), num_in_stock=0)
    return parent


def parent_with_every_variant_sold_out():
    return _family()


def a_sold_out_variant():
    return _family().children.order_by("pk").first()


UNAVAILABLE = [sold_out, all_promised_to_orders, without_stock_record, without_price,
               parent_with_every_variant_sold_out, a_sold_out_variant]


@pytest.mark.parametrize("make", UNAVAILABLE, ids=lambda make: make.__name__)
def test_a_guest_is_offered_the_alert_with_an_email_box(client, make):
    product = make()
    page = client.get(product.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 200
    assert f'action="/accounts/alerts/create/{product.pk}/"' in html
    assert 'id="stock-alert-email"' in html and 'autocomplete="email"' in html
    assert html.count("Email me when it is back") == 1


@pytest.mark.parametrize("make", UNAVAILABLE, ids=lambda make: make.__name__)
def test_a_signed_in_customer_gets_it_in_one_press(customer_client, make):
    product = make()
    html = customer_client.get(product.get_absolute_url()).content.decode()
    assert f'action="/accounts/alerts/create/{product.pk}/"' in html
    assert 'id="stock-alert-email"' not in html
    assert "We can email you at dana@example.ca once" in html


def test_a_product_in_stock_shows_no_alert(client):
    product = factories.product(with_image=False)
    html = client.get(product.get_absolute_url()).content.decode()
    assert "Add to basket" in html
    assert "Email me when it is back" not in html


def test_a_parent_with_one_variant_in_stock_shows_no_alert(client):
    parent = _family()
    StockRecord.objects.filter(product=parent.children.order_by("pk").last()).update(num_in_stock=2)
    html = client.get(parent.get_absolute_url()).content.decode()
    assert "Email me when it is back" not in html


def test_one_press_makes_an_active_alert_and_the_page_says_so(customer_client):
    product = sold_out()
    response = customer_client.post(f"/accounts/alerts/create/{product.pk}/", follow=True)
    assert ProductAlert.objects.get(product=product).status == ProductAlert.ACTIVE
    html = response.content.decode()
    assert "You are on the list" in html and "Email me when it is back" not in html


def test_a_guest_confirms_the_address_from_a_mail_sent_after_the_request(
        client, django_capture_on_commit_callbacks):
    product = sold_out()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(f"/accounts/alerts/create/{product.pk}/", {"email": "guest@example.ca"})
    assert response.status_code == 302 and mail.outbox == []  # nothing sent inside the request
    for callback in callbacks:
        callback()
    alert = ProductAlert.objects.get(product=product)
    assert alert.status == ProductAlert.UNCONFIRMED
    assert [message.to for message in mail.outbox] == [["guest@example.ca"]]
    confirmation = mail.outbox[0]
    assert confirmation.subject == f"Please confirm your back-in-stock alert for {product.get_title()}"
    assert alert.get_confirm_url() in confirmation.body and alert.get_cancel_url() in confirmation.body
    assert "Know Your Body Best Therapeutic Supplies Inc., 1100 Burloak Drive" in confirmation.body
    assert "Switch the alert on" in confirmation.alternatives[0][0]
    client.get(alert.get_confirm_url())
    alert.refresh_from_db()
    assert alert.status == ProductAlert.ACTIVE


def test_an_address_that_is_not_one_is_refused_on_the_product_page(client):
    product = sold_out()
    response = client.post(f"/accounts/alerts/create/{product.pk}/", {"email": "dana at example"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter a valid email address." in html and 'value="dana at example"' in html
    assert 'aria-invalid="true"' in html and 'aria-describedby="stock-alert-help stock-alert-errors"' in html
    assert not ProductAlert.objects.exists()


def test_asking_twice_while_signed_in_is_refused_with_a_message(customer_client):
    product = sold_out()
    customer_client.post(f"/accounts/alerts/create/{product.pk}/")
    response = customer_client.post(f"/accounts/alerts/create/{product.pk}/")
    assert response.status_code == 400
    assert "You already have an active alert for this product" in response.content.decode()
    assert ProductAlert.objects.count() == 1
