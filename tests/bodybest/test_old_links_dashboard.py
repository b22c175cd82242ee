"""Old links in the dashboard (bodybest/old_link_dashboard/, bodybest/old_link_forms.py): staff
find, add, edit and delete the old Shopify addresses' redirects, and a visitor following one
lands where staff just said."""
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from bodybest import old_links
from bodybest.models import OldLink
from tests import factories

pytestmark = pytest.mark.django_db

INDEX = "/dashboard/old-links/"
ADD = INDEX + "add/"


def _moved_to(client, address):
    response = client.get(address)
    assert response.status_code == 301, (address, response.status_code)
    return response["Location"]


def _errors(response, field):
    assert response.status_code == 400
    return " ".join(response.context["form"].errors[field])


@pytest.fixture
def link():
    return old_links.record("/products/pulse-pro", "/catalogue/", "product")


# Who may

def test_anonymous_visitors_are_sent_to_the_dashboard_login(client, link):
    for url in (INDEX, ADD, f"{INDEX}{link.pk}/", f"{INDEX}{link.pk}/delete/"):
        response = client.get(url)
        assert response.status_code == 302 and "/dashboard/login/" in response["Location"], url
    response = client.post(ADD, {"path": "/pages/a", "target_url": "/about/", "kind": "page"})
    assert response.status_code == 302 and "/dashboard/login/" in response["Location"]
    client.post(f"{INDEX}{link.pk}/delete/")
    assert OldLink.objects.count() == 1


def test_a_customer_is_refused_every_page_and_changes_nothing(customer_client, link):
    for url in (INDEX, ADD, f"{INDEX}{link.pk}/", f"{INDEX}{link.pk}/delete/"):
        assert customer_client.get(url).status_code == 403, url
    assert customer_client.post(ADD, {"path": "/pages/a", "target_url": "/about/", "kind": "page"}).status_code == 403
    assert customer_client.post(f"{INDEX}{link.pk}/", {"path": link.path, "target_url": "/about/",
                                                        "kind": "page"}).status_code == 403
    assert customer_client.post(f"{INDEX}{link.pk}/delete/").status_code == 403
    assert list(OldLink.objects.values_list("path", "target_url")) == [("/products/pulse-pro", "/catalogue/")]


def test_the_forms_need_the_csrf_token(django_user_model, link):
    browser = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    browser.force_login(django_user_model.objects.create_user(
        username="s", email="s@bodybest.ca", password="x-s-2024-long", is_staff=True))
    assert browser.post(ADD, {"path": "/pages/a", "target_url": "/about/", "kind": "page"}).status_code == 403
    assert browser.post(f"{INDEX}{link.pk}/delete/").status_code == 403
    assert OldLink.objects.count() == 1


def test_the_dashboard_menu_leads_staff_to_the_page(staff_client):
    page = staff_client.get("/dashboard/").content.decode()
    assert f'href="{INDEX}"' in page and "Old links" in page


# The list

def test_the_list_finds_links_by_old_address_or_target_and_filters_by_kind_and_source(staff_client):
    old_links.record("/products/whey-isolate", "/catalogue/whey_1/", "product")
    old_links.record("/collections/oils", "/catalogue/category/oils_3/", "collection")
    old_links.record("/pages/our-story", "/about/", "page", source="staff")

    def rows(query=""):
        page = staff_client.get(INDEX + query)
        assert page.status_code == 200
        return re.findall(r'<th scope="row">([^<]+)</th>', page.content.decode())

    assert rows() == ["/collections/oils", "/pages/our-story", "/products/whey-isolate"]
    assert rows("?q=WHEY") == ["/products/whey-isolate"]
    assert rows("?q=https://bodybest.ca/Products/Whey-Isolate?variant=2") == ["/products/whey-isolate"]
    assert rows("?q=category/oils") == ["/collections/oils"]
    assert rows("?kind=collection") == ["/collections/oils"]
    assert rows("?source=staff") == ["/pages/our-story"]
    assert rows("?source=import&kind=page") == []
    assert rows("?kind=nonsense&source=anyone&page=99") == rows()
    assert "No old link matches this search." in staff_client.get(INDEX + "?q=nothing-like-it").content.decode()


def test_the_figures_count_links_and_their_follows(staff_client, client, link):
    old_links.record("/pages/our-story", "/about/", "page", source="staff")
    OldLink.objects.filter(path="/pages/our-story").update(
        followed=1_200, last_followed_at=timezone.now() - timedelta(days=45))
    for _ in range(3):
        _moved_to(client, "/products/pulse-pro")
    page = staff_client.get(INDEX).content.decode()

    def figure(label):
        return re.search(rf"<dt>{label}</dt><dd>([^<]+)</dd>", page).group(1)

    assert figure("Old links") == "2"
    assert figure("Added by staff") == "1" and figure("From the import") == "1"
    assert figure("Followed in the last 30 days") == "1"
    assert figure("Never followed") == "0"
    assert figure("Follows in all") == "1,201"  # one written, two still counted in the cache
    row = re.search(r"<th scope=\"row\">/products/pulse-pro</th>.*?</tr>", page, re.S).group(0)
    assert '<td class="ol-number">3</td>' in row


# Add, edit, delete

def test_staff_add_an_old_link_normalised_and_it_answers_at_once(staff_client, client):
    factories.product(title="Pulse Pro Massage Gun")
    response = staff_client.post(ADD, {"path": "https://bodybest.ca/Products/Pulse-Pro/?variant=7",
                                       "target_url": "/shipping/", "kind": "product"}, follow=True)
    assert response.redirect_chain == [(INDEX, 302)]
    assert "Old link added: /products/pulse-pro now leads to /shipping/." in response.content.decode()
    link = OldLink.objects.get()
    assert (link.path, link.target_url, link.kind, link.source) == ("/products/pulse-pro", "/shipping/", "product", "staff")
    assert _moved_to(client, "/products/pulse-pro?variant=1") == "/shipping/"
    assert _moved_to(client, "/fr/products/pulse-pro") == "/fr/shipping/"


def test_staff_edit_an_imported_link_it_becomes_theirs_and_answers_at_once(staff_client, client, link):
    assert _moved_to(client, "/products/pulse-pro") == "/catalogue/"
    form = staff_client.get(f"{INDEX}{link.pk}/").content.decode()
    assert 'value="/products/pulse-pro"' in form and "as the import recorded it" in form
    response = staff_client.post(f"{INDEX}{link.pk}/", {"path": "/products/pulse-pro",
                                                        "target_url": "/about/", "kind": "page"})
    assert response.status_code == 302
    assert _moved_to(client, "/products/pulse-pro") == "/about/"
    # Browsers keep a 301 for good unless told: they ask again within the hour.
    assert client.get("/products/pulse-pro")["Cache-Control"] == "max-age=3600"
    old_links.record("/products/pulse-pro", "/catalogue/", "product")  # a later import
    assert _moved_to(client, "/products/pulse-pro") == "/about/"
    link.refresh_from_db()
    assert (link.source, link.kind) == ("staff", "page")


def test_deleting_asks_first_then_the_old_address_answers_without_it(staff_client, client, link):
    factories.product(title="Pulse Pro")  # the slug pulse-pro: found by its handle once deleted
    confirm = staff_client.get(f"{INDEX}{link.pk}/delete/")
    assert confirm.status_code == 200 and "Delete the old link" in confirm.content.decode()
    assert OldLink.objects.exists()
    response = staff_client.post(f"{INDEX}{link.pk}/delete/", follow=True)
    assert "Old link deleted: /products/pulse-pro" in response.content.decode()
    assert not OldLink.objects.exists()
    assert _moved_to(client, "/products/pulse-pro").startswith("/catalogue/pulse-pro_")
    assert staff_client.post(f"{INDEX}{link.pk}/delete/").status_code == 404
    assert staff_client.get(f"{INDEX}{link.pk}/").status_code == 404


def test_only_get_and_post_are_answered(staff_client, link):
    assert staff_client.put(f"{INDEX}{link.pk}/").status_code == 405
    assert staff_client.post(INDEX).status_code == 405


# What is refused, with nothing saved

@pytest.mark.parametrize("target,message", [
    ("https://evil.example/", "A path on this site"),
    ("//evil.example/", "A path on this site"),
    ("about/", "A path on this site"),
    ("/about/\r\nSet-Cookie: x=1", "A path on this site"),
    ("/cart", "is an old address itself"),
    ("/fr/pages/contact", "is an old address itself"),
])
def test_a_target_off_the_site_or_that_redirects_again_is_refused(staff_client, target, message):
    response = staff_client.post(ADD, {"path": "/pages/our-story", "target_url": target, "kind": "page"})
    assert message in _errors(response, "target_url")
    assert "Nothing was saved" in response.content.decode()
    assert not OldLink.objects.exists()


@pytest.mark.parametrize("path,message", [
    ("/about-us", "not an address of the old store"),
    ("/cart", "not an address of the old store"),
    ("/collections/all", "not an address of the old store"),
    ("/search", "not an address of the old store"),
    ("/fr/products/pulse-pro", "Enter the English address, /products/pulse-pro"),
    ("/products/" + "x" * 500, "at most 500 characters"),
])
def test_an_old_path_no_redirect_would_look_up_is_refused(staff_client, path, message):
    response = staff_client.post(ADD, {"path": path, "target_url": "/about/", "kind": "page"})
    assert message in _errors(response, "path")
    assert not OldLink.objects.exists()


def test_a_link_to_itself_is_refused(staff_client):
    response = staff_client.post(ADD, {"path": "/Pages/Loop/", "target_url": "/pages/loop", "kind": "page"})
    assert "cannot lead to itself" in _errors(response, "target_url")
    assert not OldLink.objects.exists()


def test_a_loop_between_two_old_addresses_is_refused(staff_client, client):
    old_links.record("/products/b", "/catalogue/", "product", source="staff")
    response = staff_client.post(ADD, {"path": "/products/a", "target_url": "/products/b", "kind": "product"})
    assert "/products/b is an old address itself, which leads to /catalogue/" in _errors(response, "target_url")
    assert not OldLink.objects.filter(path="/products/a").exists()
    # Nor by editing the other one to lead back.
    staff_client.post(ADD, {"path": "/products/a", "target_url": "/catalogue/", "kind": "product"})
    b = OldLink.objects.get(path="/products/b")
    response = staff_client.post(f"{INDEX}{b.pk}/", {"path": "/products/b", "target_url": "/products/a",
                                                     "kind": "product"})
    assert "is an old address itself" in _errors(response, "target_url")
    b.refresh_from_db()
    assert b.target_url == "/catalogue/"
    assert _moved_to(client, "/products/a") == "/catalogue/"


def test_a_second_link_for_the_same_old_address_is_refused(staff_client, link):
    response = staff_client.post(ADD, {"path": "/PRODUCTS/pulse-pro/", "target_url": "/about/", "kind": "product"})
    assert "/products/pulse-pro is already redirected, to /catalogue/: edit that one instead." in _errors(response, "path")
    assert list(OldLink.objects.values_list("target_url", flat=True)) == ["/catalogue/"]
    other = old_links.record("/products/other", "/about/", "product")
    response = staff_client.post(f"{INDEX}{other.pk}/", {"path": "/products/pulse-pro", "target_url": "/about/",
                                                         "kind": "product"})
    assert "already redirected" in _errors(response, "path")
    assert OldLink.objects.get(pk=other.pk).path == "/products/other"


def test_an_empty_form_says_what_is_missing(staff_client):
    response = staff_client.post(ADD, {})
    assert _errors(response, "path") and _errors(response, "target_url")
    assert not OldLink.objects.exists()
