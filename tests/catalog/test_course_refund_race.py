"""A buyer's course refund and staff's refund of the whole order, at the same moment, on
PostgreSQL: both take the order's card payment first, so one waits for the other; no deadlock
rolls back a refund Stripe already made, and what the store records is what Stripe paid out."""
import threading

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from bodybest import roles
from catalog.courses.models import Enrolment
from checkout import stripe_gateway as gateway
from checkout.models import CardPayment
from checkout.refunds import RefundRefused, refund_order
from tests import services
from tests.catalog.test_course_dashboard import member
from tests.catalog.test_course_learning import make_course
from tests.celery_worker import wait_for
from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def stripe_refunded_cents(payment):
    response = requests.get(f"{settings.STRIPE_API_BASE}/v1/refunds",
                            params={"payment_intent": payment.payment_intent_id, "limit": 100},
                            auth=(settings.STRIPE_SECRET_KEY, ""), timeout=10)
    return sum(refund["amount"] for refund in response.json()["data"] if refund["status"] == "succeeded")


def someone_waits_on_a_lock():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # the view is read afresh in a transaction
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                       "AND datname = current_database()")
        return cursor.fetchone()[0] > 0


def test_a_course_refund_and_a_whole_order_refund_at_once_pay_out_what_is_recorded(
        seeded_store, fake_stripe, django_user_model, monkeypatch):
    services.require("postgres")
    course = make_course()
    ada = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991")
    buyer = Client()
    buyer.force_login(ada)
    buyer.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    ready_to_pay(buyer, weighed_product("40.00"), email="ada@example.ca")
    place_order(buyer, fake_stripe)
    order = Enrolment.objects.get().order
    staff = member(django_user_model, roles.OWNER)
    real = gateway.refund

    staff_holds_the_payment = threading.Event()

    def slow_for_staff(payment, amount, **kwargs):
        """Stripe is slow for staff, who hold the payment's lock: until the buyer's refund is
        seen waiting on a lock (PostgreSQL's own view of it), however busy the machine."""
        if threading.current_thread().name == "staff":
            staff_holds_the_payment.set()
            wait_for(someone_waits_on_a_lock, timeout=20, every=0.05)
        return real(payment, amount, **kwargs)

    monkeypatch.setattr(gateway, "refund", slow_for_staff)
    outcome = {}

    def whole_order():
        try:
            refund_order(order, CardPayment.objects.get().refundable, "Whole order", staff)
            outcome["staff"] = "refunded"
        except RefundRefused as refused:
            outcome["staff"] = refused.message
        except Exception as error:  # noqa: BLE001  (a deadlock after Stripe paid out, say)
            outcome["staff"] = repr(error)
        finally:
            connection.close()

    def course_refund():
        assert staff_holds_the_payment.wait(20)
        client = Client(raise_request_exception=False)
        client.force_login(ada)
        outcome["buyer"] = client.post(reverse("courses:refund", args=[course.product_id])).status_code
        connection.close()

    threads = [threading.Thread(target=whole_order, name="staff"), threading.Thread(target=course_refund)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads), outcome
    payment = CardPayment.objects.get()
    assert outcome["staff"] == "refunded"  # first to lock the payment, and not rolled back
    assert outcome["buyer"] == 409  # it waited for the payment, then found the course refunded: nothing more
    assert payment.amount_refunded == payment.amount_captured
    assert stripe_refunded_cents(payment) == int(payment.amount_refunded * 100)
    assert Enrolment.objects.get().ended is not None
