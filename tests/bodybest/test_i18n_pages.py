"""French pages read the Quebec way and are never served to English visitors, nor the reverse:
money "1 249,50 $" and dates "26 novembre 2026" (Oscar's currency filter through babel with the
page's locale, bodybest/formats/), and the whole-page cache keeping each language's page apart
(bodybest/page_cache.py keys by the language LocaleMiddleware set)."""
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db

NBSP = "\xa0"
FRENCH_BROWSER = "fr-CA,fr;q=0.9"


@pytest.fixture
def table(search_index):
    category = factories.category("Massage tables")
    product = factories.product(title="Folding Table", in_category=category, price=Decimal("1249.50"))
    search_index()
    return category, product


def _lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_a_french_product_page_writes_money_the_quebec_way(client, table):
    path = table[1].get_absolute_url()
    french = client.get(f"/fr{path}").content.decode()
    assert f"1{NBSP}249,50{NBSP}$" in french and "$1,249.50" not in french
    english = client.get(path).content.decode()
    assert "$1,249.50" in english and f"1{NBSP}249,50" not in english


def test_a_french_article_is_dated_the_quebec_way(client):
    article = factories.article(title="Caring for stones")
    article.publish_at = timezone.make_aware(timezone.datetime(2026, 11, 26, 9, 0)) - timedelta(days=365)
    article.save()
    day = timezone.localtime(article.publish_at)
    assert (day.year, day.month, day.day) == (2025, 11, 26)
    path = article.get_absolute_url()
    french = client.get(f"/fr{path}").content.decode()
    assert "26 novembre 2025" in french
    english = client.get(path).content.decode()
    assert "November 26, 2025" in english


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def test_the_page_cache_never_serves_one_language_to_the_other(page_cache_on, table):
    category, product = table
    for path in ["/", "/catalogue/", category.get_absolute_url(), product.get_absolute_url()]:
        assert _lang(Client().get(path)) == "en-CA"  # kept in English
        french = Client().get(f"/fr{path}")
        assert french.get("X-Page-Cache") != "hit" and _lang(french) == "fr-CA", path
        again = Client().get(f"/fr{path}")
        assert again["X-Page-Cache"] == "hit" and _lang(again) == "fr-CA", path
        english = Client().get(path)
        assert english["X-Page-Cache"] == "hit" and _lang(english) == "en-CA", path


def test_a_french_browser_is_redirected_before_the_page_cache_and_the_redirect_is_not_kept(page_cache_on, table):
    category, _ = table
    path = category.get_absolute_url()
    assert Client().get(path).status_code == 200  # the English page is kept
    french_browser = Client(HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER)
    redirected = french_browser.get(path)
    assert redirected.status_code == 302 and redirected["Location"] == f"/fr{path}"
    english = Client(HTTP_ACCEPT_LANGUAGE="en-CA,en;q=0.8").get(path)
    assert english.status_code == 200 and english["X-Page-Cache"] == "hit" and _lang(english) == "en-CA"
    chose_english = Client(HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER)
    chose_english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en-ca"
    kept = chose_english.get(path)
    assert kept.status_code == 200 and _lang(kept) == "en-CA"


def test_the_french_checkout_lists_provinces_by_their_french_names(client, table):
    """Names from bodybest/locale (compiled by `make setup`)."""
    _, product = table
    client.post(f"/fr/basket/add/{product.pk}/", {"quantity": 1})
    client.post("/fr/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    french = client.get("/fr/checkout/shipping-address/")
    assert french.status_code == 200
    html = french.content.decode()
    assert '<option value="QC">Québec</option>' in html
    assert '<option value="PE">Île-du-Prince-Édouard</option>' in html
    english = client.get("/checkout/shipping-address/").content.decode()
    assert '<option value="QC">Quebec</option>' in english


@pytest.mark.parametrize("url, links", [
    ("/fr/about/", ['href="/fr/shipping/"', 'href="/fr/contact/"']),
    ("/fr/contact/", ['href="/fr/"']),
    ("/fr/shipping/", ['href="/fr/"']),
])
def test_a_french_store_pages_own_links_stay_french(client, url, links):
    # The about page's links to shipping and contact, and the breadcrumbs, were written as
    # English addresses: a French reader clicking them landed in English.
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    for link in links:
        assert link in html, link
    assert 'href="/shipping/"' not in html and 'href="/contact/"' not in html
