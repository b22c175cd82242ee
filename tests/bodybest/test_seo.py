"""What search engines and link previews read (bodybest/seo.py): canonical links and Open
Graph tags on the configured site, the home page's Organization, meta descriptions, noindex on
search results, the sitemap and robots.txt."""
import xml.etree.ElementTree as ET

import pytest
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.test import RequestFactory

from bodybest import seo
from bodybest.business import BUSINESS
from tests import factories, seo_checks

pytestmark = pytest.mark.django_db

ROOT = "http://bodybest.ca"  # the Site the migrations configure, with OSCAR_URL_SCHEMA
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _head(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return seo_checks.read(response.content.decode())


@pytest.fixture
def shop(search_index):
    stones = factories.category("Hot & cold stones")
    product = factories.product(title="Basalt Stone Set", in_category=stones)
    search_index()
    return {"category": stones, "product": product}


def _set_site(domain):
    site = Site.objects.get_current()
    site.domain = domain
    site.save()  # clears Django's site cache, as the admin does


def test_the_home_page_describes_the_business(client):
    head = _head(client, "/")
    organization = seo_checks.of_type(head, "Organization")
    seo_checks.check_organization(organization, ROOT)
    assert organization["name"] == BUSINESS.name and organization["legalName"] == BUSINESS.legal_name
    assert organization["telephone"] == BUSINESS.telephone
    assert organization["url"] == f"{ROOT}/"
    assert organization["logo"] == f"{ROOT}/static/bodybest/img/logo.png"
    address = organization["address"]
    assert (address["streetAddress"], address["addressLocality"], address["addressRegion"],
            address["postalCode"], address["addressCountry"]) == (
        BUSINESS.street_address, BUSINESS.locality, BUSINESS.region, BUSINESS.postal_code, "CA")
    assert seo_checks.check_share_tags(head, ROOT, "website") == f"{ROOT}/"
    assert head.meta["og:image"] == f"{ROOT}/static/bodybest/img/share.png"


def test_the_sellers_of_offers_are_the_home_pages_organization(client, shop):
    organization = seo_checks.of_type(_head(client, "/"), "Organization")
    product = seo_checks.of_type(_head(client, shop["product"].get_absolute_url()), "Product")
    assert product["offers"]["seller"]["@id"] == organization["@id"]


def test_catalogue_category_and_product_pages_carry_canonical_and_open_graph(client, shop):
    assert seo_checks.check_share_tags(_head(client, "/catalogue/"), ROOT, "website") == f"{ROOT}/catalogue/"
    category_url = shop["category"].get_absolute_url()
    canonical = seo_checks.check_share_tags(_head(client, category_url), ROOT, "website")
    assert canonical == f"{ROOT}{category_url}"
    product_url = shop["product"].get_absolute_url()
    head = _head(client, product_url)
    assert seo_checks.check_share_tags(head, ROOT, "product") == f"{ROOT}{product_url}"
    assert head.meta["og:title"] == "Basalt Stone Set"
    assert head.meta["og:image"].startswith(f"{ROOT}/media/")
    assert head.meta["og:description"] == head.meta["description"]


def test_sorted_and_filtered_listings_point_at_the_plain_page(client, shop):
    category_url = shop["category"].get_absolute_url()
    for url, canonical in [
        ("/catalogue/?sort_by=price-asc", "/catalogue/"),
        (f"{category_url}?sort_by=newest&selected_facets=price_exact:1", category_url),
    ]:
        assert _head(client, url).links["canonical"] == f"{ROOT}{canonical}"


@pytest.mark.parametrize("query, canonical", [
    ("", "/catalogue/"),
    ("?page=1", "/catalogue/"),
    ("?page=2", "/catalogue/?page=2"),
    ("?page=3&sort_by=price-asc&q=gun", "/catalogue/?page=3"),
    ("?page=two", "/catalogue/"),
])
def test_a_listing_keeps_only_its_page_number_in_its_canonical(query, canonical):
    request = RequestFactory().get(f"/catalogue/{query}")
    assert seo.listing_canonical(request) == f"{ROOT}{canonical}"


def test_search_results_are_not_indexed(client, shop):
    head = _head(client, "/search/?q=basalt")
    assert head.meta["robots"] == "noindex, follow"
    assert "canonical" not in head.links
    assert "robots" not in _head(client, "/catalogue/").meta


def test_every_indexable_page_has_a_meta_description(client, shop):
    article = factories.article(title="Trigger points, explained")
    FlatPage.objects.get_or_create(
        url="/about/", defaults={"title": "About us", "content": "<p>Who we are.</p>"}
    )[0].sites.add(Site.objects.get_current())
    pages = ["/", "/catalogue/", shop["category"].get_absolute_url(), shop["product"].get_absolute_url(),
             "/price-match/", "/shipping/", "/returns/", "/privacy/", "/contact/", "/about/", "/blog/",
             article.get_absolute_url()]
    descriptions = {url: _head(client, url).meta.get("description", "").strip() for url in pages}
    short = {url: text for url, text in descriptions.items() if len(text) < 20}
    assert not short
    assert len(set(descriptions.values())) == len(pages), "each page describes itself"
    assert all("<" not in text for text in descriptions.values())


def test_the_basket_is_described_though_not_indexed(client):
    """Lighthouse's SEO score counts a missing description even where robots.txt keeps crawlers out."""
    assert "basket" in _head(client, "/basket/").meta["description"]


def test_a_store_page_staff_add_is_described_by_its_own_text(client):
    FlatPage.objects.create(
        url="/community/", title="Inclusive community",
        content="<h2>Support</h2><p>Body Best backs clinics that welcome every body, with "
                "<strong>discounts</strong> for community programmes across Canada and more words "
                "than a search result shows, so this sentence runs past the cut.</p>",
    ).sites.add(Site.objects.get_current())
    description = _head(client, "/community/").meta["description"]
    assert description.startswith("Support Body Best backs clinics that welcome every body, with discounts")
    assert description.endswith("…") and len(description) <= seo.DESCRIPTION_LENGTH


def test_the_article_page_has_breadcrumbs_beside_its_article(client):
    article = factories.article(title="Trigger points, explained", hero=True)
    head = _head(client, article.get_absolute_url())
    url = f"{ROOT}{article.get_absolute_url()}"
    assert seo_checks.check_share_tags(head, ROOT, "article") == url
    data = seo_checks.of_type(head, "Article")
    assert data["mainEntityOfPage"] == url and data["publisher"]["name"] == BUSINESS.name
    seo_checks.assert_on_site(data, ROOT)
    links = seo_checks.check_breadcrumbs(
        seo_checks.of_type(head, "BreadcrumbList"), ROOT, ["Home", "Blog", "Trigger points, explained"])
    assert links == [f"{ROOT}/", f"{ROOT}/blog/", url]


def _sitemap_locations(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    return [loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")]


def test_the_sitemap_lists_the_store_on_the_configured_site_whatever_the_request_host(client, shop):
    article = factories.article(title="Caring for stones")
    locations = _sitemap_locations(client, "localhost:8123")
    for path in ["/", "/blog/", "/catalogue/", "/price-match/", "/shipping/", "/returns/", "/privacy/",
                 shop["product"].get_absolute_url(), shop["category"].get_absolute_url(),
                 article.get_absolute_url()]:
        assert f"{ROOT}{path}" in locations, path
    assert all(location.startswith(f"{ROOT}/") for location in locations)
    assert len(locations) == len(set(locations))


def test_the_demo_sites_port_is_kept_and_another_ports_is_not(client, shop):
    _set_site("127.0.0.1:8000")  # what `make run` gives load_demo_store --site-domain
    locations = _sitemap_locations(client, "127.0.0.1:8123")
    assert locations and all(location.startswith("http://127.0.0.1:8000/") for location in locations)
    head = _head(client, shop["product"].get_absolute_url(), HTTP_HOST="127.0.0.1:8123")
    assert head.links["canonical"].startswith("http://127.0.0.1:8000/")


def test_production_links_use_https_on_the_configured_domain(client, settings, shop):
    settings.OSCAR_URL_SCHEMA = "https"
    _set_site("www.bodybest.ca")
    locations = _sitemap_locations(client, "localhost")
    assert all(location.startswith("https://www.bodybest.ca/") for location in locations)
    head = _head(client, shop["product"].get_absolute_url())
    seo_checks.check_product(seo_checks.of_type(head, "Product"), "https://www.bodybest.ca")


def test_robots_txt_points_at_the_sitemap_on_the_configured_site(client):
    response = client.get("/robots.txt", HTTP_HOST="localhost:8123")
    assert response["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {ROOT}/sitemap.xml" in response.content.decode().splitlines()
