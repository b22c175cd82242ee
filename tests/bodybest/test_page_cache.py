"""Whole pages from the shared cache (bodybest/page_cache.py): each visitor still gets their own
CSRF token and CSP nonce, account links, basket, messages and compare list, nobody is served
another visitor's, and an edit shows on the next view."""
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client

from catalog.search import engine
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def guns(search_index):
    category = factories.category("Massage guns")
    made = [factories.product(title=f"Cached gun {n}", in_category=category, price=Decimal("120.00")) for n in range(3)]
    search_index()
    return category, made


def _visitor(**kwargs):
    return Client(HTTP_HOST="localhost", **kwargs)


def _tokens(html):
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))


def _unmasked(token):
    return _unmask_cipher_token(token)


def _nonces(html):
    return set(re.findall(r'nonce="([^"]+)"', html))


def test_a_clean_visitor_gets_the_shared_page_with_their_own_token_and_nonce(guns):
    category, made = guns
    first = _visitor().get(category.get_absolute_url())
    assert "X-Page-Cache" not in first
    second_visitor = _visitor(enforce_csrf_checks=True)
    second = second_visitor.get(category.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    html = second.content.decode()
    assert "mark-5e0c2a" not in html and "csrf-mark" not in html
    assert len(_tokens(html)) == 1 and _tokens(html) != _tokens(first.content.decode())
    [nonce] = _nonces(html)
    assert f"'nonce-{nonce}'" in second["Content-Security-Policy"]
    # The token works: the card's "Add to basket" form posts.
    action, token = re.search(r'<form action="(/basket/add/\d+/)" method="post">.*?value="([^"]+)"', html, re.S).groups()
    assert second_visitor.post(action, {"csrfmiddlewaretoken": token, "quantity": 1}).status_code == 302


def test_a_visitor_with_a_basket_never_gets_anothers_page_nor_gives_theirs(guns):
    category, made = guns
    ann, bo, clean = _visitor(), _visitor(), _visitor()
    url = category.get_absolute_url()
    ann.get(url)
    ann.post(f"/basket/add/{made[0].pk}/", {"quantity": 2})
    bo.get(url)
    bo.post(f"/basket/add/{made[1].pk}/", {"quantity": 1})
    pages = [url, "/", "/catalogue/", made[2].get_absolute_url()]
    for page_url in pages:
        for visitor, count, total in ((ann, "2", "$240.00"), (bo, "1", "$120.00"), (clean, "0", "$0.00")):
            for _ in range(2):
                html = visitor.get(page_url).content.decode()
                assert re.search(r'<span class="basket-count">(\d+)<', html).group(1) == count, page_url
                assert f'<span class="basket-mini-total">{total}</span>' in html, page_url
        assert _visitor().get(page_url)["X-Page-Cache"] == "hit"
    # A visitor with a basket is served the shared page with their basket drawn in.
    assert ann.get(url)["X-Page-Cache"] == "hit"


def test_a_message_is_shown_only_to_its_visitor(guns):
    category, made = guns
    url = category.get_absolute_url()
    _visitor().get(url)  # cached
    buyer = _visitor()
    buyer.post(f"/basket/add/{made[0].pk}/", {"quantity": 1})
    page = buyer.get(url)
    assert page["X-Page-Cache"] == "hit" and "has been added to your basket" in page.content.decode()
    assert "has been added to your basket" not in buyer.get(url).content.decode()  # shown once
    assert "has been added to your basket" not in _visitor().get(url).content.decode()


def test_a_message_added_while_a_page_is_rendered_is_never_kept(guns, monkeypatch):
    from django.contrib import messages

    from catalog.search.views import catalogue

    category, _ = guns
    view = catalogue.CatalogueView.get

    def get_with_a_message(self, request, *args, **kwargs):
        messages.info(request, "Only for the visitor who was here")
        return view(self, request, *args, **kwargs)

    monkeypatch.setattr(catalogue.CatalogueView, "get", get_with_a_message)
    assert "Only for the visitor who was here" in _visitor().get("/catalogue/").content.decode()
    monkeypatch.setattr(catalogue.CatalogueView, "get", view)
    page = _visitor().get("/catalogue/")
    assert page["X-Page-Cache"] == "hit" and "Only for the visitor who was here" not in page.content.decode()


def _customer(django_user_model, name):
    visitor = _visitor()
    visitor.force_login(django_user_model.objects.create_user(name, f"{name}@example.ca", f"pw-{name}-1991"))
    return visitor


def test_a_signed_in_customer_gets_the_shared_page_with_their_own_account_links(guns, django_user_model):
    category, made = guns
    url = category.get_absolute_url()
    _visitor().get(url)
    page = _customer(django_user_model, "ann").get(url)
    assert page["X-Page-Cache"] == "hit"
    html = page.content.decode()
    assert "Login or register" not in html and 'id="logout_link"' in html
    assert 'id="logout_link"' not in _visitor().get(url).content.decode()


def test_a_signed_in_customer_gets_the_shared_product_page_with_their_own_parts(guns, django_user_model):
    from oscar.core.loading import get_model

    _, made = guns
    url = made[0].get_absolute_url()
    _visitor().get(url)
    ann = _customer(django_user_model, "ann")
    ann.get(made[1].get_absolute_url())  # viewed before: listed under the page
    clinic = get_model("wishlists", "WishList").objects.create(owner=django_user_model.objects.get(username="ann"), name="Clinic")
    clinic.add(made[0])
    page = ann.get(url)
    assert page["X-Page-Cache"] == "hit"
    html = page.content.decode()
    assert 'id="logout_link"' in html and "Products you recently viewed" in html
    assert made[1].get_title() in html[html.index("Products you recently viewed"):]
    assert "Saved in" in html and "Clinic" in html  # their wish list, under the basket button
    assert "be the first to write one" in html  # a signed-in customer may review it
    clean = _visitor().get(url).content.decode()
    assert "Products you recently viewed" not in clean and "Clinic" not in clean
    assert "Sign in to save it to a wish list" in clean
    assert "be the first to write one" not in clean


def test_a_product_page_is_rendered_for_staff(guns, django_user_model):
    _, made = guns
    url = made[0].get_absolute_url()
    _visitor().get(url)
    staff = _visitor()
    staff.force_login(django_user_model.objects.create_user("sam", "sam@example.ca", "pw-sam-1991", is_staff=True))
    page = staff.get(url)
    assert "X-Page-Cache" not in page and "Edit this product" in page.content.decode()


def test_a_sold_out_products_alert_form_is_each_visitors_own(guns, django_user_model):
    from oscar.core.loading import get_model

    _, made = guns
    record = made[0].stockrecords.get()
    record.num_in_stock = 0
    record.save()
    engine.refresh([made[0].pk])
    url = made[0].get_absolute_url()
    assert 'id="stock-alert-email"' in _visitor().get(url).content.decode()
    ann = _customer(django_user_model, "ann")
    page = ann.get(url)
    assert page["X-Page-Cache"] == "hit"
    html = page.content.decode()
    assert "We can email you at ann@example.ca" in html and 'id="stock-alert-email"' not in html
    ProductAlert = get_model("customer", "ProductAlert")
    ProductAlert.objects.create(product=made[0], user=django_user_model.objects.get(username="ann"),
                                status=ProductAlert.ACTIVE)
    assert "You are on the list" in ann.get(url).content.decode()
    assert "You are on the list" not in _visitor().get(url).content.decode()


def test_two_customers_each_read_only_their_own_basket_and_compare_list(guns, django_user_model):
    category, made = guns
    ann, bo = _customer(django_user_model, "ann"), _customer(django_user_model, "bo")
    ann.post(f"/basket/add/{made[0].pk}/", {"quantity": 2})
    ann.post("/compare/add/", {"product": made[0].pk})
    bo.post(f"/basket/add/{made[1].pk}/", {"quantity": 1})
    bo.post("/compare/add/", {"product": made[1].pk})
    bo.post("/compare/add/", {"product": made[2].pk})
    pages = [category.get_absolute_url(), "/catalogue/"]
    for url in pages:
        _visitor().get(url)  # kept
        for visitor, count, total, listed in ((ann, "2", "$240.00", {made[0].pk}),
                                               (bo, "1", "$120.00", {made[1].pk, made[2].pk})):
            for _ in range(2):
                page = visitor.get(url)
                assert page["X-Page-Cache"] == "hit", url
                html = page.content.decode()
                assert re.search(r'<span class="basket-count">(\d+)<', html).group(1) == count, url
                assert f'<span class="basket-mini-total">{total}</span>' in html, url
                turned_on = {int(pk) for pk in re.findall(r'class="compare-toggle is-listed[^"]*"[^>]*data-compare-toggle="(\d+)"', html)}
                assert turned_on == listed, url
                tray = html[html.index('id="compare-tray-region"'):]
                for product in made:
                    assert (product.get_title() in tray) == (product.pk in listed), (url, product)
        clean = _visitor().get(url).content.decode()
        assert "is-listed" not in clean and '<span class="basket-count">0<' in clean


def test_a_shared_page_carries_the_headers_a_rendered_page_does(guns):
    category, _ = guns
    url = category.get_absolute_url()
    rendered = _visitor().get(url)
    hit = _visitor().get(url)
    assert hit["X-Page-Cache"] == "hit"
    assert set(hit.headers) - {"X-Page-Cache"} == set(rendered.headers)
    for name in set(rendered.headers) - {"Content-Security-Policy"}:
        assert hit[name] == rendered[name], name
    assert hit.cookies[settings.CSRF_COOKIE_NAME].value


def test_a_visitor_with_nothing_of_their_own_gets_the_page_without_a_query(guns, django_assert_num_queries):
    category, _ = guns
    url = category.get_absolute_url()
    _visitor().get(url)
    visitor = _visitor()
    with django_assert_num_queries(0):
        assert visitor.get(url)["X-Page-Cache"] == "hit"
    with django_assert_num_queries(0):  # their token now from their cookie
        again = visitor.get(url)
    token = _tokens(again.content.decode()).pop()
    assert _unmasked(token) == visitor.cookies[settings.CSRF_COOKIE_NAME].value


def test_the_storefront_password_is_asked_before_a_shared_page(guns, settings):
    category, _ = guns
    url = category.get_absolute_url()
    _visitor().get(url)
    settings.STOREFRONT_PASSWORD = "spring-opening"
    page = _visitor().get(url)
    assert page.status_code == 302 and page["Location"].startswith("/password/")


def test_a_price_change_shows_on_the_next_view(guns):
    category, made = guns
    url = category.get_absolute_url()
    assert "$120.00" in _visitor().get(url).content.decode()
    record = made[0].stockrecords.get()
    record.price = Decimal("99.00")
    record.save()
    engine.refresh([made[0].pk])  # what the task queued after commit does
    html = _visitor().get(url).content.decode()
    assert "$99.00" in html


def test_an_article_edit_shows_on_the_next_view(db):
    article = factories.article(title="Warming stones safely")
    _visitor().get("/blog/")
    article.title = "Warming basalt stones safely"
    article.save()
    assert "Warming basalt stones safely" in _visitor().get("/blog/").content.decode()


def test_without_a_shared_cache_every_page_is_rendered(guns, monkeypatch):
    from bodybest import page_cache

    category, _ = guns
    monkeypatch.setattr(page_cache, "lookup", lambda request: None)
    _visitor().get(category.get_absolute_url())
    assert "X-Page-Cache" not in _visitor().get(category.get_absolute_url())


def test_a_product_page_from_the_cache_still_remembers_the_view(guns, django_capture_on_commit_callbacks):
    from oscar.core.loading import get_model

    from catalog import analytics_buffer

    _, made = guns
    url = made[0].get_absolute_url()
    _visitor().get(url)
    visitor = _visitor()
    with django_capture_on_commit_callbacks(execute=True):
        page = visitor.get(url)
    assert page["X-Page-Cache"] == "hit"
    assert visitor.cookies["oscar_history"].value == f"[{made[0].pk}]"
    ProductRecord = get_model("analytics", "ProductRecord")
    analytics_buffer.flush()  # with Redis, views wait there for it (no-op without)
    assert ProductRecord.objects.get(product=made[0]).num_views == 1  # the served-from-cache view
    # With a product in their history the visitor's next product page lists it: rendered for them.
    other = visitor.get(made[1].get_absolute_url())
    assert "X-Page-Cache" not in other


def test_a_comparison_share_link_is_shared_and_a_visitors_own_list_is_not(guns):
    _, made = guns
    share = "/compare/?products=" + ",".join(p.slug for p in made)
    first = _visitor().get(share)
    assert first.status_code == 200 and "X-Page-Cache" not in first
    assert _visitor().get(share)["X-Page-Cache"] == "hit"
    comparer = _visitor()
    comparer.post("/compare/add/", {"product": made[0].pk})  # a session of their own now
    own = comparer.get("/compare/")
    assert "X-Page-Cache" not in own and made[0].get_title() in own.content.decode()
    assert made[0].get_title() not in _visitor().get("/compare/").content.decode()
