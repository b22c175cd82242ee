"""Listing cards come from the shared cache (catalog/cards.py) and still behave as each
visitor's own: their CSRF token, their compare list, the price and stock of the moment."""
import re
from decimal import Decimal

import pytest
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db


def _cards(html):
    return re.findall(r'<article class="product_pod">.*?</article>', html, flags=re.S)


def _card_of(html, title):
    [card] = [card for card in _cards(html) if title in card]
    return card


@pytest.fixture
def guns(search_index):
    category = factories.category("Massage guns")
    made = [factories.product(title=f"Card gun {n}", in_category=category, price=Decimal(f"{100 + n}.00"))
            for n in range(4)]
    search_index()
    return category, made


def _visitor():
    return Client(HTTP_HOST="localhost")


def test_each_visitor_gets_their_own_csrf_token_in_a_cached_card_and_can_add_to_basket(guns):
    category, made = guns
    first, second = _visitor(), _visitor()
    first.get(category.get_absolute_url())  # renders and caches the cards
    html = second.get(category.get_absolute_url()).content.decode()
    token = second.cookies["csrftoken"].value
    card = _card_of(html, "Card gun 2")
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', card)
    assert tokens and "csrf-mark" not in html
    basket_form = re.search(r'<form action="(/basket/add/\d+/)" method="post">.*?value="([^"]+)"', card, re.S)
    second_secure = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    second_secure.cookies = second.cookies
    response = second_secure.post(basket_form.group(1), {"csrfmiddlewaretoken": basket_form.group(2), "quantity": 1})
    assert response.status_code == 302, "the token in the cached card is this visitor's"
    assert second_secure.get("/basket/").context["basket"].num_items == 1
    assert token


def test_the_compare_button_on_a_cached_card_reflects_each_visitors_list(guns):
    category, made = guns
    comparer, other = _visitor(), _visitor()
    comparer.get(category.get_absolute_url())
    comparer.post("/compare/add/", {"product": made[1].pk})
    mine = _card_of(comparer.get(category.get_absolute_url()).content.decode(), "Card gun 1")
    theirs = _card_of(other.get(category.get_absolute_url()).content.decode(), "Card gun 1")
    assert 'aria-label="In compare list: Card gun 1 (remove it)"' in mine and "is-listed" in mine
    assert 'aria-label="Add to compare: Card gun 1"' in theirs and "is-listed" not in theirs


def test_a_price_or_stock_change_shows_on_the_next_listing_without_waiting_for_the_cache(
    client, guns, django_capture_on_commit_callbacks
):
    category, made = guns
    client.get(category.get_absolute_url())
    record = made[0].stockrecords.get()
    with django_capture_on_commit_callbacks(execute=True):
        record.price = Decimal("77.00")
        record.num_in_stock = 0
        record.save()
    card = _card_of(client.get(category.get_absolute_url()).content.decode(), "Card gun 0")
    assert "$77.00" in card and "$100.00" not in card
    assert "Notify me" in card and "Add to basket" not in card


def test_pictures_load_first_at_once_then_lazily_whatever_the_cache_holds(client, guns):
    category, _ = guns
    for _ in range(2):  # rendered, then from the cache
        cards = _cards(client.get(category.get_absolute_url()).content.decode())
        assert 'fetchpriority="high"' in cards[0] and 'loading="lazy"' not in cards[0]
        assert 'loading="lazy"' not in cards[1] and 'fetchpriority' not in cards[1]
        assert all('loading="lazy"' in card for card in cards[2:])
