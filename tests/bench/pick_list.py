"""How long the pick list takes for a busy day: 200 waiting orders of one to three lines over 20
products, a quarter of them partly shipped. Not collected by the suite; run it by name:
`pytest -p no:cacheprovider -s tests/bench/pick_list.py`. Prints the page's queries and the time
to gather the list and to print it as PDF (best of three)."""
import random
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.test import factories as oscar_factories

from checkout import pick_lists
from checkout.shipments import ship_lines
from tests import factories

pytestmark = pytest.mark.django_db
ORDERS = 200


def test_pick_list_for_200_orders():
    chooser = random.Random(19)
    products = [factories.product(title=f"Bench product {n}", stock=10_000, with_image=False) for n in range(20)]
    for n in range(ORDERS):
        basket = oscar_factories.create_basket(empty=True)
        for product in chooser.sample(products, chooser.randint(1, 3)):
            basket.add_product(product, chooser.randint(1, 4))
        order = oscar_factories.create_order(basket=basket, guest_email="guest@example.ca", user=None)
        order.status = "Paid"
        order.save()
        if n % 4 == 0:
            line = order.lines.first()
            if line.quantity > 1:
                ship_lines(order=order, quantities={line.pk: 1}, carrier="ups", tracking_number="1Z999AA10123456784")
    day = pick_lists.today()
    with CaptureQueriesContext(connection) as queries:
        picks = pick_lists.pick_list(day)
    assert len(picks.orders) == ORDERS
    gather, printing = [], []
    for _ in range(3):
        start = time.perf_counter()
        picks = pick_lists.pick_list(day)
        gather.append(time.perf_counter() - start)
        start = time.perf_counter()
        content = pick_lists.pick_list_pdf(picks)
        printing.append(time.perf_counter() - start)
    print(f"\npick list of {ORDERS} orders, {picks.items} items: {len(queries)} queries, "
          f"gathered in {min(gather) * 1000:.0f} ms, PDF ({len(content) // 1024} KB) in {min(printing) * 1000:.0f} ms")
