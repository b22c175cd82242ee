"""Races on PostgreSQL: one order per basket, and never more orders than stock."""
import threading
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from oscar.core.loading import get_model

from checkout.models import CardPayment
from tests.checkout.buying import ready_to_pay, weighed_product

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")


def _all_at_once(calls):
    """Run each call in its own thread, released together; return their results in order."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def _post(client, method_id):
    return lambda: client.post("/checkout/pay/", {"payment_method": method_id})


def test_ten_pay_presses_for_one_basket_make_one_order_and_one_charge(seeded_store, fake_stripe):
    shopper = Client(HTTP_HOST="localhost")
    ready_to_pay(shopper, weighed_product("120.00"))
    tabs = []
    for _ in range(10):
        tab = Client(HTTP_HOST="localhost")
        tab.cookies = shopper.cookies
        tabs.append(tab)
    methods = [fake_stripe.card_payment_method() for _ in tabs]
    responses = _all_at_once([_post(tab, method) for tab, method in zip(tabs, methods)])

    assert Order.objects.count() == 1
    # A press that arrives once the order has emptied the basket is sent on by Oscar's checkout
    # checks (a redirect, which the page's script follows): never a second charge.
    statuses = sorted(
        r.json()["status"] if r["Content-Type"].startswith("application/json") else f"redirect {r.url}"
        for r in responses
    )
    assert set(statuses) <= {"placed", "in_progress", "redirect /basket/"} and "placed" in statuses
    intents = fake_stripe.intents()
    assert [i["status"] for i in intents].count("succeeded") == 1
    assert not [i for i in intents if i["status"] == "requires_capture"]
    assert CardPayment.objects.filter(order__isnull=False).count() == 1


@pytest.mark.parametrize("stock", [1, 5])
def test_twenty_buyers_of_the_last_units_get_exactly_that_many_orders(seeded_store, fake_stripe, stock):
    gun = weighed_product("150.00", stock=stock)
    buyers = []
    for n in range(20):
        buyer = Client(HTTP_HOST="localhost")
        ready_to_pay(buyer, gun, email=f"buyer{n}@example.ca")
        buyers.append(buyer)
    methods = [fake_stripe.card_payment_method() for _ in buyers]
    responses = _all_at_once([_post(buyer, method) for buyer, method in zip(buyers, methods)])

    assert Order.objects.count() == stock
    record = gun.stockrecords.get()
    record.refresh_from_db()
    assert record.num_allocated == stock and record.num_in_stock == stock
    placed = [r for r in responses if r.status_code == 200]
    assert len(placed) == stock
    for lost in (r for r in responses if r.status_code != 200):
        # Refused at payment ("just sold out", authorisation released) or by the basket check
        # before any card was touched.
        assert lost.status_code in (302, 402), lost.status_code
        if lost.status_code == 402:
            assert "just sold out" in lost.json()["message"]
    intents = fake_stripe.intents()
    assert [i["status"] for i in intents].count("succeeded") == stock
    assert not [i for i in intents if i["status"] == "requires_capture"], "an authorisation was kept"
    assert sum(1 for i in intents if i["status"] == "canceled") == len(intents) - stock


def test_the_database_refuses_an_allocation_beyond_stock(seeded_store):
    from django.db import IntegrityError

    gun = weighed_product("150.00", stock=2)
    record = gun.stockrecords.get()
    with pytest.raises(IntegrityError):
        type(record).objects.filter(pk=record.pk).update(num_allocated=3)
