"""Kept pages answered in front of Django (bodybest/page_front.py), as production's WSGI
application serves them: only to a visitor with nothing of their own, with their own token,
nonce and cookies, the headers Django sends, and never a page Django would not have given them."""
import gzip
import re
from decimal import Decimal
from http.cookies import SimpleCookie

import pytest
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, RequestFactory

from bodybest.page_front import FrontPageCache
from catalog import analytics_buffer
from catalog.search import engine
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def front_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    settings.PAGE_FRONT_MEMORY_SECONDS = 0  # Redis asked on every request, but in the memory's test


@pytest.fixture
def front():
    from bodybest.wsgi import django_application

    calls = []

    def counted(environ, start_response):
        calls.append(environ["PATH_INFO"])
        return django_application(environ, start_response)

    application = FrontPageCache(counted)
    application.django_calls = calls
    return application


@pytest.fixture
def guns(search_index):
    category = factories.category("Massage guns")
    made = [factories.product(title=f"Front gun {n}", in_category=category, price=Decimal("120.00")) for n in range(3)]
    search_index()
    return category, made


class Answer:
    def __init__(self, status, headers, body):
        self.status = int(status.split()[0])
        self.headers = headers
        self.body = body

    def __getitem__(self, name):
        return self.get(name)

    def get(self, name, default=None):
        values = self.all(name)
        return values[0] if values else default

    def all(self, name):
        return [value for key, value in self.headers if key.lower() == name.lower()]

    @property
    def cookies(self):
        jar = SimpleCookie()
        for value in self.all("Set-Cookie"):
            jar.load(value)
        return jar

    @property
    def html(self):
        body = gzip.decompress(self.body) if self.get("Content-Encoding") == "gzip" else self.body
        return body.decode()


def fetch(application, path, cookies=None, method="GET", **headers):
    environ = RequestFactory().generic(method, path, HTTP_HOST="localhost", **headers).environ
    if cookies:
        environ["HTTP_COOKIE"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen.update(status=status, headers=list(response_headers))

    # As Django's test client does: a request's start and end must not close the test's
    # connection (its transaction holds the test's data).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = application(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return Answer(seen["status"], seen["headers"], body)


def _tokens(html):
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))


def test_a_clean_visitors_page_is_answered_before_django_with_their_own_token_and_nonce(front, guns, django_assert_num_queries):
    category, _ = guns
    url = category.get_absolute_url()
    first = fetch(front, url)
    assert first.status == 200 and first.get("X-Page-Cache") is None
    with django_assert_num_queries(0):
        hit = fetch(front, url)
    assert hit.status == 200 and hit["X-Page-Cache"] == "hit"
    assert front.django_calls == [url]  # the second visit never reached Django
    html = hit.html
    assert "mark-5e0c2a" not in html and "Front gun 0" in html
    [token] = _tokens(html)
    secret = hit.cookies[settings.CSRF_COOKIE_NAME].value
    assert _unmask_cipher_token(token) == secret and token not in first.html
    [nonce] = set(re.findall(r'nonce="([^"]+)"', html))
    assert f"'nonce-{nonce}'" in hit["Content-Security-Policy"]
    # The token posts: the card's "Add to basket" form, with the cookie the front set.
    action = re.search(r'<form action="(/basket/add/\d+/)" method="post">', html).group(1)
    client = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    client.cookies[settings.CSRF_COOKIE_NAME] = secret
    assert client.post(action, {"csrfmiddlewaretoken": token, "quantity": 1}).status_code == 302


def test_a_visitor_with_a_valid_token_keeps_it(front, guns):
    category, _ = guns
    url = category.get_absolute_url()
    fetch(front, url)
    secret = fetch(front, url).cookies[settings.CSRF_COOKIE_NAME].value
    again = fetch(front, url, cookies={settings.CSRF_COOKIE_NAME: secret})
    assert again["X-Page-Cache"] == "hit" and settings.CSRF_COOKIE_NAME not in again.cookies
    assert {_unmask_cipher_token(token) for token in _tokens(again.html)} == {secret}
    broken = fetch(front, url, cookies={settings.CSRF_COOKIE_NAME: "not a token"})
    assert broken.cookies[settings.CSRF_COOKIE_NAME].value != "not a token"


def test_a_hit_carries_the_headers_and_cookie_attributes_django_sends(front, guns):
    category, _ = guns
    url = category.get_absolute_url()
    rendered = fetch(front, url)
    hit = fetch(front, url)
    names = {name.lower() for name, _ in rendered.headers}
    assert {name.lower() for name, _ in hit.headers} - {"x-page-cache"} == names
    for name in names - {"content-security-policy", "set-cookie"}:
        assert hit.all(name) == rendered.all(name), name
    policy = re.sub(r"'nonce-[^']+'", "", rendered["Content-Security-Policy"])
    assert re.sub(r"'nonce-[^']+'", "", hit["Content-Security-Policy"]) == policy
    mine, theirs = hit.cookies[settings.CSRF_COOKIE_NAME], rendered.cookies[settings.CSRF_COOKIE_NAME]
    assert {key: mine[key] for key in mine if key != "expires"} == {key: theirs[key] for key in theirs if key != "expires"}


def test_a_hit_is_gzipped_for_a_browser_that_asks(front, guns):
    category, _ = guns
    url = category.get_absolute_url()
    fetch(front, url)
    hit = fetch(front, url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit["X-Page-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert int(hit["Content-Length"]) == len(hit.body)
    assert "Front gun 0" in hit.html and "Accept-Encoding" in hit["Vary"]


@pytest.mark.parametrize("cookie", ["sessionid", "oscar_open_basket", "messages"])
def test_a_visitor_with_something_of_their_own_goes_to_django(front, guns, cookie):
    category, _ = guns
    url = category.get_absolute_url()
    fetch(front, url)
    fetch(front, url, cookies={getattr(settings, {"sessionid": "SESSION_COOKIE_NAME", "oscar_open_basket":
                                                  "OSCAR_BASKET_COOKIE_OPEN"}.get(cookie, ""), cookie): "x"})
    assert front.django_calls == [url, url]


def test_a_post_and_the_storefront_password_go_to_django(front, guns, settings):
    category, _ = guns
    url = category.get_absolute_url()
    fetch(front, url)
    assert fetch(front, url, method="POST").get("X-Page-Cache") is None
    settings.STOREFRONT_PASSWORD = "spring-opening"
    page = fetch(front, url)
    assert page.status == 302 and page["Location"].startswith("/password/")


def test_an_english_page_is_not_answered_to_a_visitor_who_wants_french(front, guns):
    category, _ = guns
    url = category.get_absolute_url()
    fetch(front, url)
    asked = fetch(front, url, HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9,en;q=0.5")
    assert asked.status == 302 and asked["Location"].startswith("/fr/")
    chose = fetch(front, url, cookies={settings.LANGUAGE_COOKIE_NAME: "fr-ca"})
    assert chose.status == 302 and chose["Location"].startswith("/fr/")
    english = fetch(front, url, cookies={settings.LANGUAGE_COOKIE_NAME: "en-ca"}, HTTP_ACCEPT_LANGUAGE="fr-CA")
    assert english["X-Page-Cache"] == "hit"


def test_a_french_page_is_kept_apart_from_the_english_one(front, guns):
    _, made = guns
    fetch(front, "/fr/blog/")
    fetch(front, "/blog/")
    french, english = fetch(front, "/fr/blog/"), fetch(front, "/blog/")
    assert french["X-Page-Cache"] == english["X-Page-Cache"] == "hit"
    assert 'lang="fr-CA"' in french.html and 'lang="en-CA"' in english.html


def test_a_product_page_from_the_front_remembers_the_view_and_sets_the_history(front, guns, django_capture_on_commit_callbacks):
    from oscar.core.loading import get_model

    _, made = guns
    url = made[0].get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        fetch(front, url)
    rendered_history = fetch(front, made[1].get_absolute_url()).cookies["oscar_history"]
    fetch(front, made[1].get_absolute_url())  # the other product kept too
    hit = fetch(front, url)
    assert hit["X-Page-Cache"] == "hit"
    history = hit.cookies["oscar_history"]
    assert history.value == f"[{made[0].pk}]"
    assert {key: history[key] for key in history if key != "expires"} == {
        key: rendered_history[key] for key in rendered_history if key != "expires"}
    analytics_buffer._tally.send()
    analytics_buffer.flush()  # with Redis, views wait there for it (no-op without)
    ProductRecord = get_model("analytics", "ProductRecord")
    assert ProductRecord.objects.get(product=made[0]).num_views == 2  # the render and the hit
    # With a product in their history the visitor's next product page lists it: Django's.
    calls = len(front.django_calls)
    fetch(front, made[1].get_absolute_url(), cookies={"oscar_history": history.value})
    assert len(front.django_calls) == calls + 1


def _reprice(product, price):
    record = product.stockrecords.get()
    record.price = Decimal(price)
    record.save()
    engine.refresh([product.pk])  # what the task queued after commit does


def test_a_price_change_shows_on_the_next_request(front, guns):
    category, made = guns
    url = category.get_absolute_url()
    fetch(front, url)
    assert "$120.00" in fetch(front, url).html
    _reprice(made[0], "99.00")
    page = fetch(front, url)
    assert page.get("X-Page-Cache") is None and "$99.00" in page.html


def test_a_process_remembers_a_page_for_a_second_at_most(front, guns, settings, monkeypatch):
    from bodybest import page_front

    settings.PAGE_FRONT_MEMORY_SECONDS = 1
    now = [1000.0]
    monkeypatch.setattr(page_front.time, "monotonic", lambda: now[0])
    category, made = guns
    url = category.get_absolute_url()
    fetch(front, url)
    assert "$120.00" in fetch(front, url).html
    _reprice(made[0], "99.00")
    assert "$120.00" in fetch(front, url).html  # within the second: this process's copy
    now[0] += 1.5
    assert "$99.00" in fetch(front, url).html


def test_a_shared_cache_in_trouble_leaves_the_page_to_django(front, guns, monkeypatch):
    category, _ = guns
    url = category.get_absolute_url()
    fetch(front, url)

    def down(key):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(front.memory, "lookup", down)
    page = fetch(front, url)
    assert page.status == 200 and "Front gun 0" in page.html
    assert front.django_calls == [url, url]


def _customer(django_user_model, name, **extra):
    user = django_user_model.objects.create_user(username=name, email=f"{name}@example.com", password="pw-long-enough-1",
                                                 first_name=name.title(), **extra)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def _own(client):
    return {name: morsel.value for name, morsel in client.cookies.items() if morsel.value}


def _visit(front, client, url):
    """``url`` through the front with ``client``'s cookies, its answer's cookies kept (or
    deleted) as a browser would: a message shown once is gone."""
    answer = fetch(front, url, cookies=_own(client))
    for name, morsel in answer.cookies.items():
        if morsel["max-age"] == "0" or not morsel.value:
            client.cookies.pop(name, None)
        else:
            client.cookies[name] = morsel.value
    return answer


def _as(front, client, url):
    """``url`` for ``client``'s visitor through the front: once for Django to draw their parts
    (and keep them), then from the front."""
    _visit(front, client, url)
    return _visit(front, client, url)


def test_two_customers_read_their_own_parts_from_the_front(front, guns, django_user_model):
    category, made = guns
    ann, bo = _customer(django_user_model, "ann"), _customer(django_user_model, "bo")
    ann.post(f"/basket/add/{made[0].pk}/", {"quantity": 2})
    ann.post("/compare/add/", {"product": made[0].pk})
    bo.post(f"/basket/add/{made[1].pk}/", {"quantity": 1})
    bo.post("/compare/add/", {"product": made[1].pk})
    bo.post("/compare/add/", {"product": made[2].pk})
    ann.get("/basket/"), bo.get("/basket/")  # their messages read
    for url in [category.get_absolute_url(), "/catalogue/", "/"]:
        fetch(front, url)  # kept
        for client, count, total, listed in ((ann, "2", "$240.00", {made[0].pk}),
                                              (bo, "1", "$120.00", {made[1].pk, made[2].pk})):
            calls = len(front.django_calls)
            page = _as(front, client, url)
            assert page["X-Page-Cache"] == "hit" and len(front.django_calls) == calls + 1, url  # the second: the front's
            html = page.html
            assert re.search(r'<span class="basket-count">(\d+)<', html).group(1) == count, url
            assert f'<span class="basket-mini-total">{total}</span>' in html, url
            assert 'id="logout_link"' in html and 'id="login_link"' not in html, url
            turned_on = {int(pk) for pk in re.findall(r'class="compare-toggle is-listed[^"]*"[^>]*data-compare-toggle="(\d+)"', html)}
            assert turned_on == listed, url
            assert "mark-5e0c2a" not in html
        clean = fetch(front, url).html
        assert "is-listed" not in clean and '<span class="basket-count">0<' in clean
        assert 'id="login_link"' in clean and 'id="logout_link"' not in clean


def test_a_customers_parts_follow_their_basket_and_account(front, guns, django_user_model):
    category, made = guns
    url = category.get_absolute_url()
    fetch(front, url)
    ann = _customer(django_user_model, "ann")
    page = _as(front, ann, url)
    assert page["X-Page-Cache"] == "hit" and '<span class="basket-count">0<' in page.html
    ann.post(f"/basket/add/{made[0].pk}/", {"quantity": 3})
    ann.get("/basket/")  # the message read
    assert '<span class="basket-count">3<' in _visit(front, ann, url).html
    calls = len(front.django_calls)
    assert '<span class="basket-count">3<' in _visit(front, ann, url).html
    assert len(front.django_calls) == calls  # kept again, from the front
    assert "/dashboard/" not in _visit(front, ann, url).html
    user = django_user_model.objects.get(username="ann")
    user.is_staff = True
    user.save()
    assert "/dashboard/" in _visit(front, ann, url).html
    ann.post("/accounts/logout/")
    after = _visit(front, ann, url).html
    assert 'id="login_link"' in after and "/dashboard/" not in after


def test_staff_get_product_pages_from_django(front, guns, django_user_model):
    _, made = guns
    url = made[0].get_absolute_url()
    fetch(front, url)
    staff = _customer(django_user_model, "sam", is_staff=True)
    calls = len(front.django_calls)
    _as(front, staff, url)
    assert len(front.django_calls) == calls + 2


def test_a_session_the_cache_no_longer_holds_goes_to_django(front, guns, django_user_model):
    from django.core.cache import cache

    from bodybest import visitor_parts

    category, _ = guns
    url = category.get_absolute_url()
    fetch(front, url)
    ann = _customer(django_user_model, "ann")
    _as(front, ann, url)
    cache.delete(visitor_parts.session_cache_key(ann.cookies[settings.SESSION_COOKIE_NAME].value))
    calls = len(front.django_calls)
    page = _visit(front, ann, url)
    assert len(front.django_calls) == calls + 1 and 'id="logout_link"' in page.html


def _lines(html):
    return set(re.findall(r"Front gun \d", html[html.index('id="content_inner"'):]))


def test_each_shoppers_basket_page_is_kept_for_them_alone(front, guns, django_user_model):
    _, made = guns
    ann = _customer(django_user_model, "ann")
    guest = Client(HTTP_HOST="localhost")
    ann.post(f"/basket/add/{made[0].pk}/", {"quantity": 2})
    guest.post(f"/basket/add/{made[1].pk}/", {"quantity": 1})
    guest.post(f"/basket/add/{made[2].pk}/", {"quantity": 1})
    for client, lines in ((ann, {"Front gun 0"}), (guest, {"Front gun 1", "Front gun 2"})):
        _visit(front, client, "/basket/")  # rendered (the message "added" shown), nothing kept
        _visit(front, client, "/basket/")  # rendered, kept for them
        calls = len(front.django_calls)
        page = _visit(front, client, "/basket/")
        assert page["X-Page-Cache"] == "hit" and len(front.django_calls) == calls
        assert _lines(page.html) == lines
        [token] = _tokens(page.html)
        assert _unmask_cipher_token(token) == client.cookies[settings.CSRF_COOKIE_NAME].value
    assert _lines(fetch(front, "/basket/").html) == set()  # a visitor with no basket
    # A change to the basket shows at once: the next page is Django's, then kept again.
    guest.post(f"/basket/add/{made[0].pk}/", {"quantity": 1})
    guest.get("/basket/")  # the message read
    assert _lines(_visit(front, guest, "/basket/").html) == {"Front gun 0", "Front gun 1", "Front gun 2"}
    calls = len(front.django_calls)
    assert _lines(_visit(front, guest, "/basket/").html) == {"Front gun 0", "Front gun 1", "Front gun 2"}
    assert len(front.django_calls) == calls


def test_a_kept_basket_page_follows_a_price_change(front, guns, django_user_model):
    _, made = guns
    ann = _customer(django_user_model, "ann")
    ann.post(f"/basket/add/{made[0].pk}/", {"quantity": 2})
    ann.get("/basket/")
    _visit(front, ann, "/basket/")
    assert "$240.00" in _visit(front, ann, "/basket/").html
    _reprice(made[0], "99.00")
    assert "$198.00" in _visit(front, ann, "/basket/").html
