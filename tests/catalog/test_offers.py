"""Offers: /offers/ lists the site offers running now in our theme, the menu links it only
while one runs, and the demo store loads one."""
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_offer

from catalog import offers
from catalog.demo.offers import OFFER_NAME, load_offers
from tests import factories

pytestmark = pytest.mark.django_db
ConditionalOffer = get_model("offer", "ConditionalOffer")
Range = get_model("offer", "Range")
MENU_LINK = re.compile(r'<a class="site-nav-link" href="/offers/"[^>]*>Offers</a>')


def stones_offer(*, products=2, **kwargs):
    stones = factories.category("Hot & cold stones")
    for n in range(products):
        factories.product(title=f"Basalt stone set {n}", in_category=stones, with_image=False)
    product_range = Range.objects.create(name=f"Stones {Range.objects.count()}", is_public=True)
    product_range.included_categories.add(stones)
    return create_offer(name=kwargs.pop("name", "Stone season"), product_range=product_range, **kwargs)


def test_without_a_running_offer_the_menu_has_no_offers_link(client):
    create_offer(name="Starts next week", start=timezone.now() + timedelta(days=7))
    create_offer(name="Ended yesterday", start=timezone.now() - timedelta(days=9),
                 end=timezone.now() - timedelta(days=1))
    create_offer(name="Suspended", status=ConditionalOffer.SUSPENDED)
    create_offer(name="A voucher's offer", offer_type=ConditionalOffer.VOUCHER)
    home = client.get("/").content.decode()
    assert not MENU_LINK.search(home)
    page = client.get("/offers/")
    assert page.status_code == 200
    assert "No offers are running right now." in page.content.decode()


def test_a_running_offer_is_linked_from_the_menu_and_listed_sanitised(client):
    offer = stones_offer(products=2)
    ConditionalOffer.objects.filter(pk=offer.pk).update(
        description='<p>Ten percent off <strong>every stone</strong>.</p><script>steal()</script>'
                    '<a href="javascript:steal()" onclick="steal()">now</a>')
    assert len(MENU_LINK.findall(client.get("/").content.decode())) == 2  # phone and desktop menus
    html = client.get("/offers/").content.decode()
    assert "Stone season" in html
    assert "Ten percent off <strong>every stone</strong>." in html
    assert "steal()" not in html
    assert f"Ends {offer.end_datetime:%B} " in html
    assert f'href="/offers/{offer.slug}/"' in html
    assert 'aria-current="page">Offers</a>' in html


def test_an_offer_shows_its_range_products_as_cards_in_fixed_queries(client):
    offer = stones_offer(products=2)
    url = f"/offers/{offer.slug}/"
    client.get(url)  # warm the caches every page reads
    with CaptureQueriesContext(connection) as two:
        html = client.get(url).content.decode()
    assert "Basalt stone set 0" in html and "Basalt stone set 1" in html
    stones = factories.category("Hot & cold stones")
    for n in range(2, 8):
        factories.product(title=f"Basalt stone set {n}", in_category=stones, with_image=False)
    with CaptureQueriesContext(connection) as eight:
        html = client.get(url).content.decode()
    assert "Basalt stone set 7" in html
    assert len(eight) == len(two)


def test_the_menu_follows_an_offers_own_times_without_a_new_query():
    start = timezone.now() + timedelta(hours=2)
    create_offer(name="Weekend", start=start, end=start + timedelta(days=2))
    assert not offers.has_current_offers()
    with CaptureQueriesContext(connection) as queries:
        assert offers.has_current_offers(now=start + timedelta(minutes=1))
        assert not offers.has_current_offers(now=start + timedelta(days=3))
    assert len(queries) == 0


def test_a_new_offer_shows_in_the_menu_once_it_commits(client, django_capture_on_commit_callbacks):
    assert not MENU_LINK.search(client.get("/").content.decode())  # cached: none
    with django_capture_on_commit_callbacks(execute=True):
        stones_offer(products=1)
    assert MENU_LINK.search(client.get("/").content.decode())


def test_the_demo_store_loads_one_current_offer_once():
    stones = factories.category("Hot & cold stones")
    factories.product(title="Basalt starter set", in_category=stones, with_image=False)
    said = []
    load_offers(say=said.append)
    load_offers(say=said.append)
    offer = ConditionalOffer.active.get(offer_type=ConditionalOffer.SITE)
    assert offer.name == OFFER_NAME and offer.end_datetime > timezone.now() + timedelta(days=30)
    assert [p.title for p in offer.products()] == ["Basalt starter set"]
    assert said[0].startswith("Offers: Stone season")


def test_the_demo_offer_stays_out_when_staff_run_their_own():
    create_offer(name="Staff's own sale")
    said = []
    load_offers(say=said.append)
    assert not ConditionalOffer.objects.filter(name=OFFER_NAME).exists()
    assert said == ["Offers: a site offer is already running; no demo offer added"]
