"""The product page's schema.org Product and the BreadcrumbList of product and category pages
(catalog/structured_data.py), read from the rendered page as a crawler reads it."""
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from bodybest.templatetags import seo as seo_tags
from catalog import structured_data
from tests import factories, seo_checks

pytestmark = pytest.mark.django_db

ROOT = "http://bodybest.ca"  # the Site the migrations configure, with OSCAR_URL_SCHEMA
ProductReview = get_model("reviews", "ProductReview")


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _nested_category():
    parent = factories.category("Hot & cold stones")
    return parent, factories.category("Basalt hot stones", parent=parent)


def _review(product, django_user_model, *, score, status=ProductReview.APPROVED, name="Dana Kim"):
    first, last = name.split()
    author = django_user_model.objects.create_user(
        username=f"{first}{score}{status}", email=f"{first}{score}{status}@example.ca",
        password="x-review-2024", first_name=first, last_name=last,
    )
    return ProductReview.objects.create(
        product=product, user=author, score=score, title=f"{score} out of 5",
        body="<p>Holds heat <b>well</b> &amp; evenly.</p>", status=status,
    )


def test_the_product_page_describes_the_product_as_google_asks(client):
    parent, category = _nested_category()
    product = factories.product(
        title="Basalt Stone Set, 20 pieces", price=Decimal("1249.5"), stock=3, in_category=category,
        attributes={"brand": "Cedar & Stone"},
    )
    head = seo_checks.read(_page(client, product.get_absolute_url()))
    data = seo_checks.of_type(head, "Product")
    seo_checks.check_product(data, ROOT)
    url = f"{ROOT}{product.get_absolute_url()}"
    assert data["name"] == "Basalt Stone Set, 20 pieces" and data["url"] == url
    assert data["sku"] == product.upc
    assert data["brand"]["name"] == "Cedar & Stone"
    assert data["image"][0].startswith(f"{ROOT}/media/")
    assert data["offers"]["url"] == url
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert "aggregateRating" not in data and "review" not in data

    crumbs = seo_checks.of_type(head, "BreadcrumbList")
    links = seo_checks.check_breadcrumbs(
        crumbs, ROOT, ["Home", "Hot & cold stones", "Basalt hot stones", "Basalt Stone Set, 20 pieces"])
    assert links == [
        f"{ROOT}/", f"{ROOT}{parent.get_absolute_url()}", f"{ROOT}{category.get_absolute_url()}", url]


def test_the_offer_price_is_the_price_the_page_shows(client):
    product = factories.product(price=Decimal("1249.50"))
    page = _page(client, product.get_absolute_url())
    data = seo_checks.of_type(seo_checks.read(page), "Product")
    shown = re.search(r"Price \(before tax\)</th><td>\$([\d,]+\.\d\d)</td>", page).group(1)
    assert data["offers"]["price"] == shown.replace(",", "") == "1249.50"
    assert seo_checks.read(page).meta["product:price:amount"] == "1249.50"


@pytest.mark.parametrize("amount, written", [
    (Decimal("349"), "349.00"), (Decimal("19.995"), "20.00"), (Decimal("0.125"), "0.13"),
    (Decimal("1249.5"), "1249.50"),
])
def test_prices_are_written_with_two_decimals_rounded_half_up(amount, written):
    assert structured_data.money(amount) == written


def test_availability_follows_stock(client):
    product = factories.product(stock=0)
    data = seo_checks.of_type(seo_checks.read(_page(client, product.get_absolute_url())), "Product")
    assert data["offers"]["availability"] == "https://schema.org/OutOfStock"
    stockrecord = product.stockrecords.get()
    stockrecord.num_in_stock = 4
    stockrecord.save()
    data = seo_checks.of_type(seo_checks.read(_page(client, product.get_absolute_url())), "Product")
    assert data["offers"]["availability"] == "https://schema.org/InStock"


def test_ratings_and_reviews_appear_only_once_reviews_are_approved(client, django_user_model):
    product = factories.product(title="Reviewed gun")
    _review(product, django_user_model, score=2, status=ProductReview.FOR_MODERATION)
    data = seo_checks.of_type(seo_checks.read(_page(client, product.get_absolute_url())), "Product")
    assert "aggregateRating" not in data and "review" not in data

    _review(product, django_user_model, score=5, name="Dana Kim")
    _review(product, django_user_model, score=4, name="Sam Roy")
    data = seo_checks.of_type(seo_checks.read(_page(client, product.get_absolute_url())), "Product")
    seo_checks.check_product(data, ROOT)
    assert data["aggregateRating"]["ratingValue"] == 4.5
    assert data["aggregateRating"]["reviewCount"] == 2
    assert sorted(r["author"]["name"] for r in data["review"]) == ["Dana Kim", "Sam Roy"]
    assert {r["reviewBody"] for r in data["review"]} == {"Holds heat well & evenly."}


def test_the_description_is_plain_text(client):
    product = factories.product(
        description='<p>Dense <strong>basalt</strong> &amp; a <a href="/x">felt bag</a>.</p>\n'
                    '<ul><li>20 stones</li></ul>')
    page = _page(client, product.get_absolute_url())
    data = seo_checks.of_type(seo_checks.read(page), "Product")
    assert data["description"] == "Dense basalt & a felt bag. 20 stones"


def test_a_title_holding_a_closing_script_tag_cannot_break_out(client):
    title = 'Gun </script><script>alert("x")</script> & more'
    product = factories.product(title=title)
    page = _page(client, product.get_absolute_url())
    assert '<script>alert("x")' not in page
    head = seo_checks.read(page)
    assert seo_checks.of_type(head, "Product")["name"] == title
    assert seo_checks.of_type(head, "BreadcrumbList")["itemListElement"][-1]["name"] == title


def test_a_product_without_a_price_has_no_product_block(client):
    product = factories.product()
    product.stockrecords.update(price=None)
    head = seo_checks.read(_page(client, product.get_absolute_url()))
    assert not [b for b in head.json_ld if b["@type"] == "Product"]
    seo_checks.of_type(head, "BreadcrumbList")


def test_the_category_page_has_breadcrumbs_matching_the_visible_ones(client, search_index):
    parent, category = _nested_category()
    factories.product(in_category=category)
    search_index()
    page = _page(client, category.get_absolute_url())
    crumbs = seo_checks.of_type(seo_checks.read(page), "BreadcrumbList")
    links = seo_checks.check_breadcrumbs(crumbs, ROOT, ["Home", "Hot & cold stones", "Basalt hot stones"])
    assert links[-1] == f"{ROOT}{category.get_absolute_url()}"
    assert f'<a href="{parent.get_absolute_url()}">Hot &amp; cold stones</a>' in page
    assert '<li class="breadcrumb-item active" aria-current="page">Basalt hot stones</li>' in page


def _queries(client, url):
    client.get(url)  # warm what every visitor shares (site, category URLs, thumbnails)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def without_json_ld(monkeypatch):
    """The product page as it would be without the Product and BreadcrumbList blocks."""
    def switch_off():
        monkeypatch.setattr(seo_tags.structured_data, "product_data", lambda *args, **kwargs: None)
        monkeypatch.setattr(seo_tags.structured_data, "approved_reviews", lambda product: [])
        monkeypatch.setattr(seo_tags.structured_data, "product_crumbs", lambda product: [])
    return switch_off


def test_json_ld_costs_the_product_page_no_query(client, without_json_ld):
    _, category = _nested_category()
    product = factories.product(in_category=category)
    with_blocks = _queries(client, product.get_absolute_url())
    without_json_ld()
    assert _queries(client, product.get_absolute_url()) == with_blocks


def test_json_ld_costs_a_reviewed_product_one_query_for_its_reviews(
        client, django_user_model, without_json_ld):
    _, category = _nested_category()
    product = factories.product(in_category=category)
    for score, name in ((5, "Dana Kim"), (4, "Sam Roy"), (3, "Ali Chen"), (4, "Jo Park")):
        _review(product, django_user_model, score=score, name=name)
    with_blocks = _queries(client, product.get_absolute_url())
    without_json_ld()
    assert _queries(client, product.get_absolute_url()) == with_blocks - 1
