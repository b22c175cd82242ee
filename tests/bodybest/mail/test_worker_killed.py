"""The real thing in CI: Celery workers sending order mail, price-match decision mail and
contact mail to a real SMTP server are killed with SIGKILL before a message, inside DATA, and
after the final dot (tests/mail_kills.py); the next worker takes over, and every message
arrives exactly once."""
from collections import Counter

import pytest
from django.test import Client
from django.utils import timezone
from oscar.test.factories import create_order

from catalog.price_match import decisions
from catalog.price_match.models import PriceMatchRequest
from checkout.models import CardPayment
from checkout.tasks import send_order_mail
from tests.catalog.test_price_match_staff import match_request
from tests.mail_kills import kill_while_held
from tests.smtp_server import smtp_server

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def paid_order(n):
    order = create_order(number=f"BB{n:06d}", guest_email=f"buyer{n}@example.ca")
    CardPayment.objects.create(basket=order.basket, order=order, order_number=order.number,
                               status=CardPayment.CAPTURED, amount=order.total_incl_tax,
                               amount_captured=order.total_incl_tax, snapshot={})
    return order


def test_order_decision_and_contact_mail_each_arrive_once_whenever_a_worker_is_killed(
        settings, django_user_model):
    staff_address = settings.STORE_STAFF_EMAIL
    orders = [paid_order(n) for n in (1, 2, 3)]
    order_mail = Counter()
    for order in orders:  # the customer's confirmation and the staff notification
        order_mail[((order.guest_email,), f"Confirmation of order {order.number}")] = 1
        order_mail[((staff_address,), f"New order {order.number}: {order.total_incl_tax} {order.currency}")] = 1

    staff = django_user_model.objects.create_user(username="staffer", email="staffer@bodybest.ca",
                                                  password="pw-staff-1991", is_staff=True)
    matches = [match_request(email=f"shopper{n}@example.ca") for n in (1, 2, 3)]
    PriceMatchRequest.objects.update(verified=timezone.now())  # the shoppers confirmed their address
    decision_mail = Counter({((match.email,), "About your price match request"): 1 for match in matches})

    names = ["Dana Roy", "Sam Okafor", "Lee Tremblay"]
    contact_mail = Counter({((staff_address,), f"Contact form: {name}"): 1 for name in names})

    def write_in():
        for n, name in enumerate(names):
            response = Client(HTTP_HOST="localhost", REMOTE_ADDR=f"198.51.100.{n + 1}").post("/contact/", {
                "name": name, "email": f"writer{n}@example.ca", "message": "Does the Cedar table fold?"})
            assert response.status_code == 302

    holds = [("rcpt", orders[0].guest_email), ("data", orders[1].guest_email), ("dot", orders[2].guest_email),
             ("rcpt", matches[0].email), ("data", matches[1].email), ("dot", matches[2].email),
             # only contact mail goes to staff before the kill: each order task is held at its
             # confirmation, which comes before its staff notification
             ("rcpt", staff_address), ("data", staff_address), ("dot", staff_address)]

    def queue_everything():
        for order in orders:
            send_order_mail.delay(order.pk)
        for match in matches:
            decisions.reject(match, staff, "Their listing is for another model.")
        write_in()

    with smtp_server() as inbox:
        report = kill_while_held(inbox, holds, queue_everything, order_mail + decision_mail + contact_mail,
                                 concurrency=len(holds))
    print(report)
    kept = report["kept_before_the_kill"]  # the three held after their final dot
    assert kept[((orders[2].guest_email,), f"Confirmation of order {orders[2].number}")] == 1, report
    assert kept[((matches[2].email,), "About your price match request")] == 1, report
    assert sum(kept.values()) == 3, report  # and one contact message
    for expected in (order_mail, decision_mail, contact_mail):
        assert {key: report["received"][key] for key in expected} == expected, report
    assert report["received"] == order_mail + decision_mail + contact_mail  # each once, nothing else
