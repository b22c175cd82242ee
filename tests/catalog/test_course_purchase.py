"""Buying a course (catalog/courses/enrolments.py): a paid order enrols its buyer, a guest gets
an account and a mail to choose its password, and a full refund ends access."""
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from oscar.core.loading import get_model
from oscar.test.factories import create_product

from catalog.courses.models import Course, Enrolment
from checkout.refunds import refund_order
from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")


@pytest.fixture
def course():
    ProductClass = get_model("catalogue", "ProductClass")
    ProductClass.objects.get_or_create(name="Online course", defaults={"requires_shipping": False,
                                                                       "track_stock": False})
    product = create_product(title="Trigger points in 30 days", product_class="Online course",
                             price=Decimal("249.00"), num_in_stock=None)
    return Course.objects.create(product=product, instructor="Dana Reid", hours=Decimal("12.0"),
                                 credits=Decimal("8.0"))


def test_a_guest_buying_a_course_with_goods_gets_an_account_the_course_and_one_password_mail(
        client, fake_stripe, course, django_capture_on_commit_callbacks):
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    with django_capture_on_commit_callbacks(execute=True):
        ready_to_pay(client, weighed_product("40.00"))
        place_order(client, fake_stripe)
    order = Order.objects.get()
    assert order.status == "Paid"
    user = get_user_model().objects.get(email="marie@example.ca")
    assert not user.has_usable_password()
    enrolment = Enrolment.objects.get()
    assert (enrolment.user, enrolment.course, enrolment.order) == (user, course, order)
    password_mails = [m for m in mail.outbox if "choose your password" in m.subject]
    assert len(password_mails) == 1 and "/password-reset/confirm/" in password_mails[0].body
    assert "Trigger points in 30 days" in password_mails[0].body


def test_a_signed_in_customer_is_enrolled_in_their_own_account(client, fake_stripe, course, django_user_model):
    customer = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991")
    client.force_login(customer)
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    ready_to_pay(client, weighed_product("40.00"), email="ada@example.ca")
    place_order(client, fake_stripe)
    assert Enrolment.objects.get().user == customer
    assert get_user_model().objects.count() == 1


def test_a_full_refund_ends_the_course(client, fake_stripe, course, django_user_model):
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    ready_to_pay(client, weighed_product("40.00"))
    place_order(client, fake_stripe)
    order = Order.objects.get()
    staff = django_user_model.objects.create_user(username="sam", password="pw-staff-1991", is_staff=True)
    refund_order(order, order.card_payment.refundable, "Changed their mind", staff)
    assert Enrolment.objects.get().ended is not None


BILLING = {"first_name": "Marie", "last_name": "Tremblay", "line1": "1200 rue Sherbrooke Ouest",
           "line4": "Montréal", "state": "QC", "postcode": "H3A 1H6"}


def test_a_course_only_basket_skips_shipping_asks_a_billing_address_and_is_taxed_by_its_province(
        client, fake_stripe, course):
    from tests.checkout.buying import place_order

    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    client.post("/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    # Oscar skips the shipping steps; Review and pay sends the shopper to the billing address.
    response = client.get("/checkout/preview/", follow=True)
    assert response.redirect_chain[-1][0] == "/checkout/billing-address/"
    assert "its province decides the sales tax" in response.content.decode()
    refused = client.post("/checkout/billing-address/", {**BILLING, "postcode": "M5V 2T6"})
    assert refused.status_code == 400  # an Ontario postal code for Quebec
    assert client.post("/checkout/billing-address/", BILLING).status_code == 302
    preview = client.get("/checkout/preview/").content.decode()
    assert "QST" in preview or "TVQ" in preview
    # The steps and the review speak of a billing address, not of shipping or delivery.
    steps = preview[preview.index('class="checkout-steps"'):preview.index("</nav>", preview.index('class="checkout-steps"'))]
    assert "Billing address" in steps and "Shipping address" not in steps and "Delivery" not in steps
    assert 'id="bill-to-title"' in preview and "1200 rue Sherbrooke Ouest" in preview
    assert 'id="delivery-title"' not in preview  # no "Delivery: No shipping required, Change"
    place_order(client, fake_stripe)
    order = Order.objects.get()
    # 249.00 + GST 5% (12.45) + QST 9.975% (24.84) = 286.29; nothing ships.
    assert order.total_incl_tax == Decimal("286.29") and order.shipping_incl_tax == Decimal("0.00")
    assert order.billing_address.state == "QC" and order.shipping_address is None
    assert Enrolment.objects.get().order == order


def test_courses_do_not_count_towards_free_shipping(client, course):
    from checkout.free_shipping import merchandise_subtotal

    gun = weighed_product("40.00")
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    from oscar.core.loading import get_model as model

    basket = model("basket", "Basket").objects.get()
    from oscar.apps.partner.strategy import Default

    basket.strategy = Default()
    assert merchandise_subtotal(basket) == Decimal("40.00")
