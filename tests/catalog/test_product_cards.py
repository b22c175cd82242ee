"""Product cards and the pages around them, as a shopper's browser receives them: whole
names, ratings only once there are reviews, buttons named after their visible words, no
wish-list button for someone who cannot use it."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from tests import factories

pytestmark = pytest.mark.django_db

LONG_TITLE = "Cedar & Stone Professional Basalt Hot Stone Set, 45 Stones with Canvas Roll"


def _review(product, score, *, approved=True):
    ProductReview = get_model("reviews", "ProductReview")
    return ProductReview.objects.create(
        product=product, score=score, title="Fine", body="Does what it says.", name="Dana",
        email="dana@example.ca", status=ProductReview.APPROVED if approved else ProductReview.FOR_MODERATION,
    )


def _cards(html):
    return re.findall(r'<article class="product_pod">.*?</article>', html, flags=re.S)


@pytest.fixture
def stones(search_index):
    category = factories.category("Hot stones")
    long_one = factories.product(title=LONG_TITLE, in_category=category)
    reviewed = factories.product(title="Basalt starter set", in_category=category)
    search_index()
    return category, long_one, reviewed


def test_a_card_shows_the_whole_name_in_its_link(client, stones):
    category, long_one, _ = stones
    page = client.get(category.get_absolute_url()).content.decode()
    expected = f'<a href="{long_one.get_absolute_url()}">Cedar &amp; Stone Professional Basalt Hot Stone Set, 45 Stones with Canvas Roll</a>'
    assert expected in page
    assert "Cedar &amp; Stone Professional Basalt …" not in page  # Oscar's four-word cut


def test_cards_without_reviews_show_no_stars(client, stones):
    category, _, reviewed = stones
    _review(reviewed, 4, approved=False)  # waiting for moderation: not a rating yet
    page = client.get(category.get_absolute_url()).content.decode()
    assert len(_cards(page)) == 2
    assert "star-rating" not in page and "card-rating" not in page and "★" not in page


def test_a_card_with_reviews_shows_its_stars_and_how_many(client, stones):
    category, long_one, reviewed = stones
    _review(reviewed, 4)
    _review(reviewed, 3)
    _review(reviewed, 1, approved=False)
    page = client.get(category.get_absolute_url()).content.decode()
    cards = {("Basalt starter set" in card): card for card in _cards(page)}
    assert '<span class="card-stars" aria-hidden="true">★★★★☆</span>' in cards[True]
    assert '<span class="card-rating-count" aria-hidden="true">(2)</span>' in cards[True]
    assert '<span class="sr-only">Rated 3.5 out of 5 from 2 reviews</span>' in cards[True]
    assert "card-rating" not in cards[False]


def test_rated_cards_cost_no_query_each(client, search_index):
    """The number of reviews comes with the products, not one query a card."""
    category = factories.category("Hot stones")

    def count_with(n):
        for product in factories.products(n, in_category=category):
            _review(product, 5)
        search_index()
        client.get(category.get_absolute_url())
        with CaptureQueriesContext(connection) as captured:
            page = client.get(category.get_absolute_url()).content.decode()
        assert page.count('class="card-rating"') == len(_cards(page))
        return len(captured)

    assert count_with(2) == count_with(6)


def test_card_buttons_start_their_names_with_their_visible_words(client, stones):
    """WCAG 2.5.3 (label in name): a speech-input user says what they see."""
    category, *_ = stones
    page = client.get(category.get_absolute_url()).content.decode()
    buttons = re.findall(r'<button type="submit" class="btn btn-primary btn-block" aria-label="([^"]*)">([^<]*)</button>', page)
    assert len(buttons) == 2
    for name, visible in buttons:
        assert visible == "Add to basket"
        assert name.startswith("Add to basket: ")
    assert 'aria-label="Add to basket: Cedar &amp; Stone Professional Basalt Hot Stone Set, 45 Stones with Canvas Roll"' in page
    assert "Add to compare: Basalt starter set" in page


def test_signed_out_shoppers_see_a_sign_in_link_not_a_disabled_wish_list_button(client, stones):
    _, long_one, _ = stones
    page = client.get(long_one.get_absolute_url()).content.decode()
    assert "Add to wish list" not in page
    assert "btn-wishlist" not in page
    assert f'href="/accounts/login/?next={long_one.get_absolute_url()}"' in page
    assert "Sign in to save it to a wish list" in page


def test_a_signed_in_customer_saves_a_product_to_a_wish_list(customer_client, stones):
    _, long_one, _ = stones
    page = customer_client.get(long_one.get_absolute_url()).content.decode()
    assert "Sign in to save it to a wish list" not in page
    action = f'/accounts/wishlists/add/{long_one.pk}/'
    assert f'<form method="post" action="{action}">' in page
    response = customer_client.post(action)
    assert response.status_code == 302
    page = customer_client.get(long_one.get_absolute_url()).content.decode()
    assert "Saved in" in page
    assert f'<form method="post" action="{action}">' not in page


def test_a_sold_out_card_leads_to_the_back_in_stock_form_instead_of_a_disabled_button(client, search_index):
    category = factories.category("Hot stones")
    sold_out = factories.product(title="Marble eye stones", stock=0, in_category=category)
    search_index()
    page = client.get(category.get_absolute_url()).content.decode()
    card = _cards(page)[0]
    assert "disabled" not in card
    link = f'href="{sold_out.get_absolute_url()}#stock-alert-title" aria-label="Notify me when it is back: Marble eye stones">Notify me</a>'
    assert link in card
    assert 'id="stock-alert-title"' in client.get(sold_out.get_absolute_url()).content.decode()
