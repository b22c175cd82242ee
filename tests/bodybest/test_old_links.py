"""Old Shopify links: recorded by the import or staff (bodybest/old_links.py), answered with a
301 to the new page (bodybest/old_link_redirects.py)."""
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from bodybest import old_link_follows, old_link_redirects, old_links
from bodybest.models import OldLink
from tests import factories

pytestmark = pytest.mark.django_db


def test_recording_the_same_old_path_twice_keeps_one_row_updated_in_place():
    first = old_links.record("/products/Whey-Isolate/", "/catalogue/whey_1/", "product")
    again = old_links.record("https://bodybest.ca/products/whey-isolate?variant=9", "/catalogue/whey_2/", "product")
    assert again.pk == first.pk
    assert OldLink.objects.count() == 1
    assert old_links.lookup("/PRODUCTS/whey-isolate/") == "/catalogue/whey_2/"


def test_an_import_does_not_overwrite_a_link_staff_set_by_hand():
    old_links.record("/pages/about-us", "/about/", "page", source="staff")
    old_links.record("/pages/about-us", "/contact/", "page")
    assert old_links.lookup("/pages/about-us") == "/about/"


@pytest.mark.parametrize("target", [
    "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
    "catalogue/", "/catalogue/\r\nSet-Cookie: x=1", "",
])
def test_an_old_link_never_leads_off_the_site(target):
    with pytest.raises(ValueError):
        old_links.record("/products/x", target, "product")
    assert not OldLink.objects.exists()


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        old_links.record("/products/x", "/catalogue/", "variant")


def test_a_path_never_recorded_is_not_found():
    assert old_links.lookup("/products/never-sold") is None


# The redirects (bodybest/old_link_redirects.py)

def _moved_to(client, address, **extra):
    response = client.get(address, **extra)
    assert response.status_code == 301, (address, response.status_code)
    return response["Location"]


def _not_found_search_words(response):
    assert response.status_code == 404
    html = response.content.decode()
    assert re.search(r'action="(/fr)?/search/"', html)
    return re.search(r'id="old-link-q" value="([^"]*)"', html).group(1)


@pytest.fixture
def gun():
    return factories.product(title="Pulse Pro Massage Gun")


def test_a_recorded_product_handle_leads_to_its_product_page_with_or_without_a_variant(client, gun):
    old_links.record("/products/pulse-pro", gun.get_absolute_url(), "product")
    assert _moved_to(client, "/products/pulse-pro") == gun.get_absolute_url()
    assert _moved_to(client, "/products/Pulse-Pro/?variant=39912345") == gun.get_absolute_url()
    assert _moved_to(client, "/collections/massage/products/pulse-pro") == gun.get_absolute_url()


def test_a_product_handle_never_recorded_finds_the_product_with_that_slug(client, gun):
    assert gun.slug == "pulse-pro-massage-gun"
    assert _moved_to(client, "/products/pulse-pro-massage-gun?variant=1") == gun.get_absolute_url()
    assert _moved_to(client, "/collections/guns/products/pulse-pro-massage-gun") == gun.get_absolute_url()


def test_a_product_link_under_a_collection_may_be_recorded_on_its_own(client, gun):
    old_links.record("/collections/sale/products/pulse-pro", "/catalogue/", "product")
    old_links.record("/products/pulse-pro", gun.get_absolute_url(), "product")
    assert _moved_to(client, "/collections/sale/products/pulse-pro") == "/catalogue/"


def test_an_unknown_product_handle_is_a_404_with_a_search_for_its_words(client):
    response = client.get("/products/zen-basalt-stones_hot?variant=3")
    assert _not_found_search_words(response) == "zen basalt stones hot"
    assert "old store" in response.content.decode()
    assert "Location" not in response


def test_a_hidden_product_is_not_found_by_its_slug(client, gun):
    gun.is_public = False
    gun.save()
    assert client.get("/products/pulse-pro-massage-gun").status_code == 404


def test_collections_lead_to_their_category_and_all_to_the_catalogue(client):
    guns = factories.category("Massage Guns")
    assert _moved_to(client, "/collections/all") == "/catalogue/"
    assert _moved_to(client, "/collections/all/") == "/catalogue/"
    assert _moved_to(client, "/collections/massage-guns") == guns.get_absolute_url()
    old_links.record("/collections/percussion", guns.get_absolute_url(), "collection")
    assert _moved_to(client, "/collections/percussion") == guns.get_absolute_url()
    assert _not_found_search_words(client.get("/collections/winter-sale")) == "winter sale"


def test_blog_addresses_lead_to_the_blog_its_articles_and_tags(client):
    from blog.models import Tag

    recovery = Tag.objects.create(name="Recovery", slug="recovery")
    knots = factories.article(title="Easing a knot", tags=[recovery])
    assert _moved_to(client, "/blogs/news") == "/blog/"
    assert _moved_to(client, "/blogs/news/") == "/blog/"
    assert _moved_to(client, "/blogs/news.atom") == "/blog/feed/atom/"
    assert _moved_to(client, f"/blogs/news/{knots.slug}") == knots.get_absolute_url()
    old_links.record("/blogs/news/how-to-ease-a-knot", knots.get_absolute_url(), "article")
    assert _moved_to(client, "/blogs/news/how-to-ease-a-knot") == knots.get_absolute_url()
    assert _moved_to(client, "/blogs/news/tagged/recovery") == "/blog/tag/recovery/"
    assert _moved_to(client, "/blogs/news/tagged/no-such-tag") == "/blog/"
    assert _not_found_search_words(client.get("/blogs/news/a-post-never-moved")) == "a post never moved"


def test_a_draft_article_is_not_found_by_its_slug(client):
    draft = factories.article(status="draft")
    assert client.get(f"/blogs/news/{draft.slug}").status_code == 404


@pytest.mark.parametrize("address,target", [
    ("/pages/contact", "/contact/"), ("/pages/contact-us", "/contact/"),
    ("/pages/shipping", "/shipping/"), ("/policies/shipping-policy", "/shipping/"),
    ("/pages/returns", "/returns/"), ("/policies/refund-policy", "/returns/"),
    ("/pages/privacy-policy", "/privacy/"), ("/policies/privacy-policy/", "/privacy/"),
    ("/cart", "/basket/"), ("/cart/", "/basket/"), ("/account", "/accounts/"),
    ("/account/login", "/accounts/"),
])
def test_the_old_store_pages_lead_to_ours(client, address, target):
    assert _moved_to(client, address) == target
    assert client.get(target, follow=True).status_code == 200


def test_any_other_page_is_found_by_its_record_or_else_searched_for(client):
    assert _not_found_search_words(client.get("/pages/our-story")) == "our story"
    old_links.record("/pages/our-story", "/about/", "page")
    assert _moved_to(client, "/pages/our-story") == "/about/"


def test_staff_may_send_even_the_contact_page_elsewhere(client):
    old_links.record("/pages/contact", "/about/", "page", source="staff")
    assert _moved_to(client, "/pages/contact") == "/about/"


def test_the_old_search_keeps_its_words(client):
    assert _moved_to(client, "/search?q=hot+stones&type=product") == "/search/?q=hot+stones"
    assert _moved_to(client, "/search") == "/search/"


def test_campaign_tags_of_an_old_newsletter_link_are_carried_over(client, gun):
    location = _moved_to(client, "/products/pulse-pro-massage-gun?variant=2&utm_source=newsletter")
    assert location == gun.get_absolute_url() + "?utm_source=newsletter"


def test_a_link_recorded_to_itself_is_a_404_not_a_loop(client):
    OldLink.objects.create(path="/pages/loop", target_url="/pages/loop", kind="page")
    assert client.get("/pages/loop").status_code == 404


def test_an_old_address_cannot_be_recorded_as_a_target():
    with pytest.raises(ValueError):
        old_links.record("/pages/a", "/pages/b", "page")
    with pytest.raises(ValueError):
        old_links.record("/pages/a", "/cart", "page")


def test_a_stored_target_of_another_host_is_never_followed(client):
    OldLink.objects.create(path="/pages/away", target_url="//evil.example/", kind="page")
    OldLink.objects.create(path="/pages/far", target_url="https://evil.example/", kind="page")
    assert client.get("/pages/away").status_code == 404
    assert client.get("/pages/far").status_code == 404


def _queries(client, address):
    """(where ``address`` leads, the queries it cost), the request's savepoints left out."""
    with CaptureQueriesContext(connection) as context:
        location = _moved_to(client, address)
    return location, len([q for q in context.captured_queries if "SAVEPOINT" not in q["sql"]])


@pytest.mark.parametrize("count", [10, 1_000])
def test_a_redirect_costs_the_same_queries_however_many_are_recorded(client, count, gun,
                                                                     django_assert_max_num_queries):
    OldLink.objects.bulk_create(
        OldLink(path=f"/products/old-{n}", target_url=gun.get_absolute_url(), kind="product")
        for n in range(count)
    )
    # The first follow of a link in a minute writes its count (old_link_follows.py); later ones
    # cost the lookup alone.
    assert _queries(client, f"/products/old-{count - 1}") == (gun.get_absolute_url(), 2)
    assert _queries(client, f"/products/old-{count - 1}") == (gun.get_absolute_url(), 1)
    assert _queries(client, f"/fr/products/old-{count - 2}")[1] == 2
    # Not recorded: the records, then the product with that slug.
    assert _queries(client, "/products/pulse-pro-massage-gun") == (gun.get_absolute_url(), 2)
    assert _queries(client, "/collections/all") == ("/catalogue/", 0)
    # A miss everywhere: the records, the product, then our 404 with its search box (the
    # page's own queries: shipping methods, the site, a store page's fallback), savepoints
    # counted.
    with django_assert_max_num_queries(8):
        assert client.get("/products/never-sold-here").status_code == 404
    with django_assert_max_num_queries(6):  # the lookup, its first follow's write in a savepoint, savepoints counted
        assert _moved_to(client, f"/products/old-{count // 2}") == gun.get_absolute_url()


def test_a_follow_is_counted_with_one_write_a_minute_at_most(client, gun):
    link = old_links.record("/products/pulse-pro", gun.get_absolute_url(), "product")
    for _ in range(3):
        _moved_to(client, "/products/pulse-pro")
    _moved_to(client, "/fr/products/pulse-pro")
    link.refresh_from_db()
    assert link.followed == 1 and link.last_followed_at is not None
    assert old_link_follows.pending([link.pk]) == {link.pk: 3}
    cache.delete(f"old-link:written:{link.pk}")  # a minute later
    _moved_to(client, "/products/pulse-pro")
    link.refresh_from_db()
    assert link.followed == 5
    assert old_link_follows.pending([link.pk]) == {link.pk: 0}
    client.get("/products/pulse-pro-massage-gun")  # found by slug, not by a record: not counted
    assert old_link_follows.pending([link.pk]) == {link.pk: 0}


def test_a_follow_the_cache_cannot_count_still_redirects(client, gun, monkeypatch):
    link = old_links.record("/products/pulse-pro", gun.get_absolute_url(), "product")

    def broken(*args, **kwargs):
        raise ConnectionError("the cache is away")

    monkeypatch.setattr(old_link_follows.cache, "incr", broken)
    monkeypatch.setattr(old_link_follows.cache, "add", broken)
    assert _moved_to(client, "/products/pulse-pro") == gun.get_absolute_url()
    link.refresh_from_db()
    assert link.followed == 0


def test_a_redirect_is_never_kept_by_the_page_cache(client, gun):
    old_links.record("/products/pulse-pro", gun.get_absolute_url(), "product")
    assert _moved_to(client, "/products/pulse-pro") == gun.get_absolute_url()
    old_links.record("/products/pulse-pro", "/catalogue/", "product")
    assert _moved_to(client, "/products/pulse-pro") == "/catalogue/"


def test_a_french_visitor_follows_an_old_link_to_the_french_page(client, gun):
    english = gun.get_absolute_url()
    client.cookies["django_language"] = "fr-ca"
    landed = client.get("/products/pulse-pro-massage-gun", follow=True)
    assert landed.status_code == 200
    assert landed.redirect_chain[0] == (english, 301)
    assert landed.redirect_chain[-1][0].startswith("/fr/catalogue/")
    assert client.get("/fr/catalogue/").status_code == 200


def test_french_pages_and_their_search_are_untouched(client):
    assert client.get("/fr/search/?q=pierres").status_code == 200
    assert client.get("/fr/catalogue/").status_code == 200
    assert client.get("/fr/products/anything").status_code == 404


# The French store's old addresses (Shopify Markets: the same shapes under /fr/)

def test_an_old_french_product_link_leads_straight_to_the_french_product_page(client, gun):
    gun.slug_fr_ca = "pistolet-pulse-pro"
    gun.save()
    french = f"/fr/catalogue/pistolet-pulse-pro_{gun.pk}/"
    assert _moved_to(client, "/fr/products/pulse-pro-massage-gun?variant=4") == french
    assert _moved_to(client, "/fr/products/pistolet-pulse-pro") == french
    assert _moved_to(client, "/fr/collections/guns/products/pulse-pro-massage-gun") == french
    assert client.get(french).status_code == 200


def test_an_old_french_link_follows_the_english_record_to_the_french_page(client, gun):
    old_links.record("/products/pulse-pro", gun.get_absolute_url(), "product")
    landed = client.get("/fr/products/Pulse-Pro/?utm_source=infolettre", follow=True)
    assert landed.redirect_chain[0] == (f"/fr/catalogue/pulse-pro-massage-gun_{gun.pk}/?utm_source=infolettre", 301)
    assert landed.status_code == 200
    assert landed.request["PATH_INFO"].startswith("/fr/catalogue/")
    old_links.record("/pages/our-story", "/about/", "page")
    assert _moved_to(client, "/fr/pages/our-story") == "/fr/about/"


@pytest.mark.parametrize("address,target", [
    ("/fr/collections/all", "/fr/catalogue/"), ("/fr/blogs/news", "/fr/blog/"),
    ("/fr/blogs/news.atom", "/fr/blog/feed/atom/"), ("/fr/blogs/news/tagged/no-such-tag", "/fr/blog/"),
    ("/fr/pages/contact", "/fr/contact/"), ("/fr/policies/refund-policy", "/fr/returns/"),
    ("/fr/pages/livraison", "/fr/shipping/"), ("/fr/cart", "/fr/basket/"), ("/fr/account", "/fr/accounts/"),
    ("/fr/search?q=pierres+chaudes", "/fr/search/?q=pierres+chaudes"),
])
def test_the_old_french_store_pages_lead_to_our_french_pages(client, address, target):
    assert _moved_to(client, address) == target


def test_old_french_collections_and_articles_lead_to_their_french_pages(client):
    guns = factories.category("Massage Guns")
    knots = factories.article(title="Easing a knot")
    with translation.override("fr-ca"):
        french_category, french_article = guns.get_absolute_url(), knots.get_absolute_url()
    assert french_category.startswith("/fr/") and french_article.startswith("/fr/")
    assert _moved_to(client, "/fr/collections/massage-guns") == french_category
    assert _moved_to(client, f"/fr/blogs/nouvelles/{knots.slug}") == french_article


def test_an_unknown_old_french_handle_is_a_french_404_with_a_search(client):
    response = client.get("/fr/products/pierres-de-basalte")
    assert _not_found_search_words(response) == "pierres de basalte"
    assert response.headers["Content-Language"] == "fr-ca"


def test_a_french_old_address_is_no_target_and_no_record_either():
    with pytest.raises(ValueError):
        old_links.record("/products/a", "/fr/products/b", "product")
    assert old_link_redirects.is_old_address("/fr/collections/sale")
    assert not old_link_redirects.is_recordable("/fr/products/a")
    assert old_link_redirects.is_recordable("/products/a")


def test_a_french_old_link_is_never_kept_by_the_page_cache(client, gun, settings):
    settings.PAGE_CACHE_SECONDS = 60
    old_links.record("/products/pulse-pro", gun.get_absolute_url(), "product")
    assert _moved_to(client, "/fr/products/pulse-pro") == f"/fr/catalogue/pulse-pro-massage-gun_{gun.pk}/"
    old_links.record("/products/pulse-pro", "/catalogue/", "product")
    assert _moved_to(client, "/fr/products/pulse-pro") == "/fr/catalogue/"
    assert client.get("/fr/products/gone-for-good").status_code == 404
    old_links.record("/products/gone-for-good", "/catalogue/", "product")
    assert _moved_to(client, "/fr/products/gone-for-good") == "/fr/catalogue/"


# The admin

@pytest.fixture
def admin_client_(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser(
        username="owner", email="owner@bodybest.ca", password="pw-owner-1991"))
    return client


def _admin_add(client, **data):
    return client.post("/admin/bodybest/oldlink/add/", {"kind": "page", **data})


def test_staff_add_an_old_link_in_the_admin_and_it_answers(admin_client_):
    response = _admin_add(admin_client_, path="/Pages/Our-Story/", target_url="/about/")
    assert response.status_code == 302
    link = OldLink.objects.get()
    assert (link.path, link.target_url, link.source) == ("/pages/our-story", "/about/", "staff")
    assert _moved_to(admin_client_, "/pages/our-story") == "/about/"
    listing = admin_client_.get("/admin/bodybest/oldlink/?q=our-story")
    assert "/pages/our-story" in listing.content.decode()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "about/", "/pages/other",
                                    "/cart"])
def test_the_admin_refuses_a_target_off_the_site_or_that_redirects_again(admin_client_, target):
    response = _admin_add(admin_client_, path="/pages/our-story", target_url=target)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["target_url"]
    assert not OldLink.objects.exists()


@pytest.mark.parametrize("path", ["/about-us", "/cart", "/collections/all", "/search"])
def test_the_admin_refuses_an_old_path_no_redirect_would_look_up(admin_client_, path):
    response = _admin_add(admin_client_, path=path, target_url="/about/")
    assert response.context["adminform"].form.errors["path"]
    assert not OldLink.objects.exists()


def test_editing_an_imported_link_makes_it_the_staffs(admin_client_):
    link = old_links.record("/pages/our-story", "/contact/", "page")
    admin_client_.post(f"/admin/bodybest/oldlink/{link.pk}/change/",
                       {"path": "/pages/our-story", "target_url": "/about/", "kind": "page"})
    old_links.record("/pages/our-story", "/contact/", "page")
    assert old_links.lookup("/pages/our-story") == "/about/"
