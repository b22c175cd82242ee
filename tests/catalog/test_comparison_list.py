"""Where the list lives (catalog/comparison_list.py): the session while signed out, the account
once signed in, merged at login and the same on every device."""
import threading

import pytest
from django.db import connection
from django.test import Client

from catalog.comparison_list import SESSION_KEY
from tests import factories

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def products(db):
    return factories.products(5, with_image=False)


@pytest.fixture
def customer(django_user_model):
    return django_user_model.objects.create_user("ann", "ann@example.ca", "pw-ann-1991")


def _login(client, email="ann@example.ca", password="pw-ann-1991"):
    response = client.post("/accounts/login/", {
        "login-username": email, "login-password": password, "login_submit": "1",
    })
    assert response.status_code == 302, response.content.decode()[:2000]


def _tray_ids(client):
    return [int(i) for i in client.post("/compare/remove/", {"product": 999999}, **JSON).json()["ids"]]


@pytest.mark.django_db
def test_logging_in_moves_the_signed_out_list_into_the_account(client, products, customer):
    for product in products[:2]:
        client.post("/compare/add/", {"product": product.pk})
    _login(client)
    assert SESSION_KEY not in client.session
    assert _tray_ids(client) == [products[0].pk, products[1].pk]


@pytest.mark.django_db
def test_the_merge_keeps_what_was_just_chosen_and_says_what_was_left_out(client, products, customer):
    phone = Client(HTTP_HOST="localhost")
    _login(phone)
    for product in products[2:5]:
        phone.post("/compare/add/", {"product": product.pk})

    for product in products[:2]:
        client.post("/compare/add/", {"product": product.pk})
    _login(client)
    page = client.get("/compare/").content.decode()
    assert "left out 2 saved earlier" in page
    assert _tray_ids(client) == [products[0].pk, products[1].pk, products[2].pk]


@pytest.mark.django_db
def test_a_customers_list_follows_them_to_another_device(client, products, customer):
    _login(client)
    client.post("/compare/add/", {"product": products[0].pk})
    client.post("/compare/add/", {"product": products[3].pk})

    laptop = Client(HTTP_HOST="localhost")
    _login(laptop)
    assert _tray_ids(laptop) == [products[0].pk, products[3].pk]
    laptop.post("/compare/remove/", {"product": products[0].pk})
    assert _tray_ids(client) == [products[3].pk]


@pytest.mark.django_db
def test_signing_out_leaves_an_empty_list_behind_and_keeps_the_saved_one(client, products, customer):
    _login(client)
    client.post("/compare/add/", {"product": products[0].pk})
    client.post("/accounts/logout/")
    assert _tray_ids(client) == []
    _login(client)
    assert _tray_ids(client) == [products[0].pk]


@pytest.mark.django_db
def test_a_withdrawn_product_leaves_a_customers_list_with_a_note(client, products, customer):
    _login(client)
    for product in products[:2]:
        client.post("/compare/add/", {"product": product.pk}, **JSON)
    products[0].is_public = False
    products[0].save()
    assert "no longer available and was taken off your list" in client.get("/compare/").content.decode()
    assert _tray_ids(client) == [products[1].pk]


@pytest.mark.django_db
def test_a_withdrawn_saved_product_does_not_push_out_available_ones_at_login(client, products, customer):
    phone = Client(HTTP_HOST="localhost")
    _login(phone)
    for product in products[2:5]:
        phone.post("/compare/add/", {"product": product.pk})
    products[2].is_public = False
    products[2].save()

    for product in products[:2]:
        client.post("/compare/add/", {"product": product.pk})
    _login(client)
    assert _tray_ids(client) == [products[0].pk, products[1].pk, products[3].pk]


@pytest.mark.django_db
def test_a_deleted_product_leaves_the_saved_list(client, products, customer):
    _login(client)
    client.post("/compare/add/", {"product": products[0].pk})
    client.post("/compare/add/", {"product": products[1].pk})
    products[0].delete()
    assert _tray_ids(client) == [products[1].pk]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_tabs_adding_at_once_never_push_a_customers_list_past_three(customer):
    """Both requests read a list of two and add one more; the row lock makes the second wait,
    re-read, and be refused."""
    from catalog.comparison_list import ComparisonList

    made = factories.products(4, with_image=False)
    first, second = made[2], made[3]

    class Request:
        def __init__(self):
            self.user = customer
            self.session = {}

    ComparisonList(Request()).set([made[0].pk, made[1].pk])
    start = threading.Barrier(2)
    outcomes, failures = [], []

    def add(product):
        try:
            start.wait()
            outcomes.append(ComparisonList(Request()).add(product.pk).outcome)
        except Exception as error:  # noqa: BLE001 (any failure is the finding)
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=add, args=(p,)) for p in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(outcomes) == ["added", "full"]
    from catalog.models import ComparisonItem

    assert ComparisonItem.objects.filter(user=customer).count() == 3
