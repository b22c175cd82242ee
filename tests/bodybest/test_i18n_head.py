"""What search engines read of the two languages (bodybest/seo.py, bodybest/sitemaps.py): each
page's canonical in its own language, hreflang alternates for en-CA, fr-CA and x-default in
the head and in sitemap.xml, lang and og:locale from the page's language."""
import re
import xml.etree.ElementTree as ET

import pytest

from tests import factories
from tests.bodybest.i18n_shop import shop  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

ROOT = "http://bodybest.ca"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"



def _head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html)
    og_locale = re.search(r'<meta property="og:locale" content="([^"]+)">', html)
    return {"alternates": alternates, "canonical": canonical and canonical.group(1),
            "og_locale": og_locale and og_locale.group(1)}


def _pages(shop):
    return ["/", "/catalogue/", shop["category"].get_absolute_url(), shop["product"].get_absolute_url(),
            "/blog/", shop["article"].get_absolute_url()]


def test_each_page_names_itself_canonical_in_its_own_language_and_both_as_alternates(client, shop):
    for path in _pages(shop):
        expected = {"en-CA": f"{ROOT}{path}", "fr-CA": f"{ROOT}/fr{path}", "x-default": f"{ROOT}{path}"}
        english, french = _head(client, path), _head(client, f"/fr{path}")
        assert english["canonical"] == f"{ROOT}{path}", path
        assert french["canonical"] == f"{ROOT}/fr{path}", path
        assert english["alternates"] == expected == french["alternates"], path
        if english["og_locale"]:  # pages that describe themselves to link previews (not the blog's index)
            assert (english["og_locale"], french["og_locale"]) == ("en_CA", "fr_CA"), path


def test_a_listings_alternates_keep_its_page_number_like_its_canonical(client, search_index):
    category = factories.category("Massage guns")
    for n in range(37):  # past one page of 36
        factories.product(title=f"Gun {n}", in_category=category, with_image=False)
    search_index()
    path = category.get_absolute_url()
    french = _head(client, f"/fr{path}?page=2&sort_by=price-asc")
    assert french["canonical"] == f"{ROOT}/fr{path}?page=2"
    assert french["alternates"]["en-CA"] == f"{ROOT}{path}?page=2"


def test_store_pages_and_view_pages_without_a_canonical_still_name_both_languages(client, shop):
    for path in ["/returns/", "/shipping/", "/contact/"]:
        alternates = _head(client, f"/fr{path}")["alternates"]
        assert alternates == {"en-CA": f"{ROOT}{path}", "fr-CA": f"{ROOT}/fr{path}", "x-default": f"{ROOT}{path}"}


def test_search_results_and_the_dashboard_name_no_alternates(client, admin_client, shop):
    assert _head(client, "/fr/search/?q=basalt")["alternates"] == {}
    assert _head(admin_client, "/dashboard/")["alternates"] == {}


def test_the_sitemap_lists_each_page_in_both_languages_with_its_alternates(client, shop):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    entries = {}
    for url in ET.fromstring(response.content).iter(f"{SITEMAP}url"):
        links = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        entries[url.find(f"{SITEMAP}loc").text] = links
    for path in [*_pages(shop), "/returns/", "/price-match/"]:
        alternates = {"en-ca": f"{ROOT}{path}", "fr-ca": f"{ROOT}/fr{path}", "x-default": f"{ROOT}{path}"}
        assert entries[f"{ROOT}{path}"] == alternates, path
        assert entries[f"{ROOT}/fr{path}"] == alternates, path


def test_robots_txt_keeps_crawlers_out_of_the_french_checkout_and_searches_too(client):
    rules = set(client.get("/robots.txt").content.decode().splitlines())
    for path in ["/basket/", "/checkout/", "/accounts/", "/search/", "/compare/"]:
        assert {f"Disallow: {path}", f"Disallow: /fr{path}"} <= rules, path
