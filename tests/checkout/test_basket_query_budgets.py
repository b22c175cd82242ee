"""The basket page, the mini-basket on every storefront page and the checkout's "Review and pay"
page cost the same number of queries with 1, 3 and 6 lines in the basket, for a guest and for a
signed-in customer, whether the lines are plain products or variants of a parent product
(checkout/basket_lines.py loads the lines' products, classes, parents, images and stock records
in bulk). Before, each line added 3 queries to the basket page, 4 to the preview and 2 to every
other page (5, 6 and 3 for a variant).

Budgets are the most measured with plain products / variants (a variant's parent's images are
one query more), pages warmed once first (thumbnails, category menu and cached cards are shared
by every visitor); a signed-in customer's pages cost one query less on PostgreSQL than SQLite:

    page                     guest   customer
    basket page              17/18    22/23 (SQLite; 21/22 on PostgreSQL)
    catalogue (mini-basket)   9/10    12/13 (11/12)
    checkout preview         19/20    20/21 (19/20)
"""
import re
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from tests import factories
from tests.checkout.buying import ADDRESS

pytestmark = pytest.mark.django_db

LINES = (1, 3, 6)
BUDGETS = {
    ("/basket/", "guest"): 18, ("/basket/", "customer"): 23,
    ("/catalogue/", "guest"): 10, ("/catalogue/", "customer"): 13,
    ("/checkout/preview/", "guest"): 20, ("/checkout/preview/", "customer"): 21,
}


def _product(kind):
    """A product with an image, or a variant whose parent holds the image, weighed for shipping."""
    if kind == "products":
        product = factories.product(price=Decimal("25.00"), stock=20)
        weighed = product
    else:
        parent = factories.parent_product(variants=1, price=Decimal("25.00"))
        image = get_model("catalogue", "ProductImage")(product=parent, caption=parent.title)
        image.original.save(f"parent-{parent.pk}.jpg", ContentFile(factories._jpeg()))
        product = parent.children.get()
        weighed = parent
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(weighed, 1.0)
    return product


def _sign_in(client, visitor, django_user_model):
    if visitor == "customer":
        client.force_login(django_user_model.objects.create_user(
            "lea", "lea@example.ca", "pw-lea-1991"))


def _start_checkout(client, visitor):
    if visitor == "guest":
        client.post("/checkout/", {"username": "lea@example.ca", "options": "anonymous"})
    response = client.post("/checkout/shipping-address/", ADDRESS)
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post("/checkout/shipping-method/", {"method_code": "standard"})
    assert response.status_code == 302, response.content.decode()[:2000]


def _position(page, product):
    """Where the product's title first appears on the page ("gun 1" is not "gun 12")."""
    found = re.search(re.escape(product.get_title()) + r"\b", page)
    return found.start() if found else None


def _counts(client, url, kind, on_first_line=None):
    """Fill the basket to 1, 3 and 6 lines; the queries the page costs at each, and the
    products in the basket."""
    counts, products = {}, []
    for lines in LINES:
        while len(products) < lines:
            products.append(_product(kind))
            client.post(f"/basket/add/{products[-1].pk}/", {"quantity": 1})
            if len(products) == 1 and on_first_line:
                on_first_line()
        client.get(url)  # the new lines' thumbnails are made once, for everyone
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        shown = [p for p in products if _position(page, p) is not None]
        assert shown == products, f"{url}: {len(shown)} of {lines} lines shown"
        counts[lines] = len(captured)
    return counts


@pytest.mark.parametrize("kind", ["products", "variants"])
@pytest.mark.parametrize("visitor", ["guest", "customer"])
@pytest.mark.parametrize("url", ["/basket/", "/catalogue/"])
def test_basket_and_mini_basket_cost_the_same_for_1_3_and_6_lines(
        client, django_user_model, search_index, url, visitor, kind):
    _sign_in(client, visitor, django_user_model)
    counts = _counts(client, url, kind)
    assert len(set(counts.values())) == 1, f"{url}, {visitor}, {kind}: {counts} (lines: queries)"
    assert counts[6] <= BUDGETS[url, visitor], f"{url}, {visitor}: {counts[6]} queries"


@pytest.mark.parametrize("kind", ["products", "variants"])
@pytest.mark.parametrize("visitor", ["guest", "customer"])
def test_review_and_pay_costs_the_same_for_1_3_and_6_lines(client, django_user_model, kind, visitor):
    _sign_in(client, visitor, django_user_model)
    counts = _counts(client, "/checkout/preview/", kind, on_first_line=lambda: _start_checkout(client, visitor))
    assert len(set(counts.values())) == 1, f"preview, {visitor}, {kind}: {counts} (lines: queries)"
    assert counts[6] <= BUDGETS["/checkout/preview/", visitor], f"preview, {visitor}: {counts[6]} queries"


def test_the_lines_still_come_in_the_order_they_were_added(client):
    made = [_product("products") for _ in range(3)]
    for product in reversed(made):
        client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    page = client.get("/basket/").content.decode()
    positions = [_position(page, product) for product in reversed(made)]
    assert positions == sorted(positions)
