"""The storefront in two languages (bodybest/language.py, bodybest/urls.py): every page at its
English address and under /fr/, the staff's and machines' addresses once, the header's switcher
keeping the shopper on the page and remembering the choice, and a first visit following the
browser's Accept-Language without a loop or a redirect any cache keeps."""
import re
from html import unescape

import pytest
from django.conf import settings
from django.test import Client

from tests.bodybest.i18n_shop import shop  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

FRENCH_BROWSER = "fr-CA,fr;q=0.9,en;q=0.5"
ENGLISH_BROWSER = "en-US,en;q=0.9"



def _html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def _switcher(response):
    """(action, next, language) of the header's language form."""
    html = response.content.decode()
    form = re.search(r'<form class="language-switcher" action="([^"]+)" method="post">(.*?)</form>', html, re.S)
    assert form, "no language switcher"
    fields = dict(re.findall(r'name="(next|language)" value="([^"]*)"', form.group(2)))
    return form.group(1), unescape(fields["next"]), fields["language"]


def _storefront_pages(shop):
    return ["/", "/catalogue/", shop["category"].get_absolute_url(), shop["product"].get_absolute_url(),
            "/blog/", shop["article"].get_absolute_url(), "/price-match/", "/shipping/", "/contact/",
            "/returns/", "/basket/", "/search/?q=basalt", "/compare/", "/accounts/login/",
            "/password-reset/"]


def test_every_storefront_page_answers_in_english_and_under_fr_in_french(client, shop):
    for path in _storefront_pages(shop):
        english = client.get(path)
        assert english.status_code == 200, path
        assert _html_lang(english) == "en-CA", path
        french = client.get(f"/fr{path}")
        assert french.status_code == 200, f"/fr{path}"
        assert _html_lang(french) == "fr-CA", f"/fr{path}"
        assert french["Content-Language"] == "fr-ca"


def test_links_on_a_french_page_stay_french(client, shop):
    html = client.get("/fr/catalogue/").content.decode()
    assert 'action="/fr/search/"' in html
    assert 'href="/fr/basket/"' in html
    assert 'href="/fr/returns/"' in html and 'href="/fr/contact/"' in html
    assert 'href="/returns/"' not in html and 'href="/catalogue/"' not in html


def test_staff_and_machine_addresses_have_one_address(client, admin_client):
    for path in ["/healthz", "/robots.txt", "/sitemap.xml"]:
        assert client.get(path).status_code == 200, path
        assert client.get(f"/fr{path}").status_code == 404, path
    assert admin_client.get("/dashboard/").status_code == 200
    assert admin_client.get("/fr/dashboard/").status_code == 404
    assert _html_lang(admin_client.get("/dashboard/", HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER)) == "en-CA"
    # Stripe posts to one address whatever language the shopper paid in.
    assert client.post("/fr/webhooks/stripe/").status_code == 404


def test_the_switcher_keeps_the_page_and_its_query_string_and_remembers_the_choice(shop):
    shopper = Client(enforce_csrf_checks=True)
    page = f"{shop['category'].get_absolute_url()}?sort_by=price-asc"
    english = shopper.get(page)
    action, next_url, language = _switcher(english)
    assert (action, next_url, language) == ("/i18n/setlang/", f"/fr{page}", "fr-ca")
    token = shopper.cookies[settings.CSRF_COOKIE_NAME].value
    switched = shopper.post(action, {"next": next_url, "language": language, "csrfmiddlewaretoken": token})
    assert switched.status_code == 302 and switched["Location"] == f"/fr{page}"
    assert shopper.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr-ca"
    french = shopper.get(switched["Location"])
    assert _html_lang(french) == "fr-CA"
    # And back: the French page offers the English one, with the same query string.
    action, next_url, language = _switcher(french)
    assert (next_url, language) == (page, "en-ca")
    back = shopper.post(action, {"next": next_url, "language": language,
                                 "csrfmiddlewaretoken": shopper.cookies[settings.CSRF_COOKIE_NAME].value})
    assert back["Location"] == page
    assert shopper.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en-ca"


def test_a_store_page_switches_to_its_french_address(client, shop):
    assert _switcher(client.get("/returns/"))[1] == "/fr/returns/"
    assert _switcher(client.get("/fr/returns/"))[1] == "/returns/"


def test_a_french_browser_lands_on_the_french_page_once(client, shop):
    first = client.get("/catalogue/?sort_by=newest", HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER)
    assert first.status_code == 302 and first["Location"] == "/fr/catalogue/?sort_by=newest"
    # Never kept by a shared cache: another visitor's browser may ask for English.
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    assert {"accept-language", "cookie"} <= _vary(first)
    landed = client.get(first["Location"], HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER)
    assert landed.status_code == 200 and _html_lang(landed) == "fr-CA"


def _vary(response):
    return {value.strip().lower() for value in response.get("Vary", "").split(",")}


def test_no_redirect_for_english_browsers_french_pages_posts_or_the_dashboard(client, shop):
    assert client.get("/catalogue/", HTTP_ACCEPT_LANGUAGE=ENGLISH_BROWSER).status_code == 200
    assert client.get("/catalogue/").status_code == 200  # no Accept-Language: a crawler
    assert client.get("/fr/catalogue/", HTTP_ACCEPT_LANGUAGE=ENGLISH_BROWSER).status_code == 200
    assert client.get("/healthz", HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER).status_code == 200
    assert client.get("/dashboard/login/", HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER).status_code == 200
    product = shop["product"]
    added = client.post(f"/basket/add/{product.pk}/", {"quantity": 1}, HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER)
    assert added.status_code == 302 and not added["Location"].startswith("/fr/basket/add")


def test_the_cookie_wins_over_the_browser_both_ways(client, shop):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en-ca"
    assert client.get("/catalogue/", HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER).status_code == 200
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr-ca"
    remembered = client.get("/catalogue/", HTTP_ACCEPT_LANGUAGE=ENGLISH_BROWSER)
    assert remembered.status_code == 302 and remembered["Location"] == "/fr/catalogue/"


def test_a_french_shopper_who_chose_english_is_never_sent_back(shop):
    shopper = Client(HTTP_ACCEPT_LANGUAGE=FRENCH_BROWSER)
    page = shop["product"].get_absolute_url()
    first = shopper.get(page)
    assert first["Location"] == f"/fr{page}"
    french = shopper.get(first["Location"])
    action, next_url, language = _switcher(french)
    chosen = shopper.post(action, {"next": next_url, "language": language})
    assert chosen["Location"] == page
    for _ in range(3):
        again = shopper.get(page)
        assert again.status_code == 200 and _html_lang(again) == "en-CA"


def test_the_password_gate_lets_a_french_page_through_to_its_exempt_pages(client, settings, shop):
    settings.STOREFRONT_PASSWORD = "open sesame"
    gated = client.get("/fr/catalogue/")
    assert gated.status_code == 302 and gated["Location"].startswith("/fr/password/?next=")
    assert client.get("/fr/password/").status_code == 200
