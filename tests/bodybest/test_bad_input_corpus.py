"""The bad-input corpus (tests/bodybest/bad_input_corpus.py) sent to the store running for real:
gunicorn with 2 workers, DEBUG off, against this test's PostgreSQL database. No request may get
a 5xx, and a request the store refuses (a 4xx) must leave the main tables as they were."""
import http.client
import os
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test import Client

from tests import factories
from tests.bodybest import bad_input_corpus as corpus
from tests.celery_worker import _database_url, wait_for
from tests.smtp_server import free_port

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

MIN_REQUESTS = 500
CLOSED = 0  # the server closed the connection without an answer

# What a refused request must not change.
MAIN_TABLES = [
    "auth.User", "basket.Basket", "basket.Line", "order.Order", "order.Line", "order.OrderNote",
    "reviews.ProductReview", "reviews.Vote", "wishlists.WishList", "wishlists.Line",
    "customer.ProductAlert", "address.UserAddress", "communication.Notification", "voucher.Voucher",
    "catalogue.Product", "catalogue.ComparisonItem", "analytics.UserSearch", "blog.Article",
    "newsletter.Subscriber", "newsletter.Consent", "price_match.PriceMatchRequest",
    "bodybest.ContactMessage", "checkout.CardPayment", "checkout.StripeEvent",
]


class Store:
    """gunicorn serving the store as in production: 2 sync workers, DEBUG off."""

    def __init__(self, env):
        self.port = free_port()
        self.log_path = f"/tmp/gunicorn-bad-input-{self.port}.log"
        self.log = open(self.log_path, "w")
        process_env = {
            **os.environ, **env, "DJANGO_SETTINGS_MODULE": "tests.bodybest.corpus_settings",
            # The test's own key: the sessions and signed tokens it makes must be valid there.
            "DEBUG": "0", "SECRET_KEY": settings.SECRET_KEY, "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0", "SESSION_COOKIE_SECURE": "0", "CSRF_COOKIE_SECURE": "0",
        }
        process_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "bodybest.wsgi:application", "--workers", "2",
             "--bind", f"127.0.0.1:{self.port}", "--no-control-socket", "--timeout", "60"],
            env=process_env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        if not wait_for(self._answers, timeout=90, every=0.2):
            self.stop()
            raise RuntimeError("gunicorn did not start:\n" + self.tail())

    def _answers(self):
        if self.process.poll() is not None:
            raise RuntimeError("gunicorn exited:\n" + self.tail())
        try:
            return self.send("GET", "/healthz")[0] in (200, 503)
        except OSError:
            return False

    def send(self, method, target, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
            headers = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
            if body is not None:
                headers["Content-Length"] = str(len(body))
            for name, value in headers.items():
                connection.putheader(name, value.encode("utf-8") if isinstance(value, str) else value)
            try:
                connection.endheaders(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered before reading it all (a 413, say): read that answer
            try:
                response = connection.getresponse()
                return response.status, response.read()
            except (ConnectionResetError, http.client.RemoteDisconnected):
                return CLOSED, b""
        finally:
            connection.close()

    def tail(self, characters=3000):
        self.log.flush()
        return open(self.log_path).read()[-characters:]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()


def store_data(django_user_model):
    """The rows the corpus points at: products, a customer with an order, a basket, a wishlist,
    an address, an alert, a notification and a mail; a review, a price match request with its
    voucher, an article and a newsletter subscriber; staff."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode
    from oscar.apps.partner.strategy import Selector
    from oscar.core.loading import get_model
    from oscar.test.factories import create_order

    from blog.models import Category as BlogCategory
    from blog.newsletter import tokens
    from blog.newsletter.models import Subscriber
    from checkout.models import CardPayment
    from tests.catalog.test_price_match_staff import match_request

    category = factories.category("Massage guns")
    product = factories.product(in_category=category, with_image=False)
    product2 = factories.product(in_category=category, with_image=False)
    customer = django_user_model.objects.create_user(
        username="dana", email="dana@example.ca", password="x-dana-2024-long")
    django_user_model.objects.create_superuser(
        username="sam", email="sam@bodybest.ca", password="pw-staff-1991-long")
    order = create_order(number="BB000100", user=customer)
    CardPayment.objects.create(basket=order.basket, order=order, order_number=order.number,
                               status=CardPayment.CAPTURED, amount=order.total_incl_tax,
                               amount_captured=order.total_incl_tax, snapshot={})
    basket = get_model("basket", "Basket").objects.create(owner=customer)
    basket.strategy = Selector().strategy()
    basket.add_product(product, 1)
    wishlist = get_model("wishlists", "WishList").objects.create(owner=customer, name="Mine")
    wishlist.add(product)
    address = get_model("address", "UserAddress").objects.create(
        user=customer, first_name="Dana", last_name="Scully", line1="1 Main St", line4="Ottawa",
        state="ON", postcode="K1A 0B1", country=get_model("address", "Country").objects.get(pk="CA"))
    alert = get_model("customer", "ProductAlert").objects.create(
        product=product2, email="alert@example.ca", key="alertkey123")
    notification = get_model("communication", "Notification").objects.create(recipient=customer, subject="Hi")
    email = get_model("communication", "Email").objects.create(
        user=customer, email=customer.email, subject="Your order", body_text="Thanks")
    review = get_model("reviews", "ProductReview").objects.create(
        product=product, score=4, title="Good", body="Fine", name="Ann", email="ann@example.ca",
        status=get_model("reviews", "ProductReview").APPROVED)
    match = match_request(product2, with_voucher=True, email=customer.email)
    blog_category = BlogCategory.objects.create(name="Recovery", slug="recovery")
    article = factories.article(categories=[blog_category])
    subscriber = Subscriber.objects.create(email="reader@example.ca")
    return {
        "product": product.pk, "product2": product2.pk, "product_slug": product.slug,
        "category_url": category.get_absolute_url(), "customer": customer.pk,
        "order": order.number, "order_pk": order.pk, "order_line": order.lines.first().pk,
        "basket_line": basket.all_lines()[0].pk, "wishlist": wishlist.key,
        "wishlist_line": wishlist.lines.first().pk, "address": address.pk, "alert": alert.pk,
        "alert_key": alert.key, "notification": notification.pk, "email": email.pk,
        "review": review.pk, "match": match.pk, "voucher": match.voucher.code,
        "article": article.slug, "article_pk": article.pk, "blog_category": blog_category.slug,
        "token": tokens.confirmation_token(subscriber),
        "uid": urlsafe_base64_encode(force_bytes(customer.pk)),
        "reset_token": default_token_generator.make_token(customer),
    }


def session_cookie(user):
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def table_counts():
    models = [apps.get_model(label) for label in MAIN_TABLES]
    sql = " UNION ALL ".join(
        f"SELECT '{m._meta.label}', COUNT(*) FROM {connection.ops.quote_name(m._meta.db_table)}" for m in models)
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return dict(cursor.fetchall())


@pytest.fixture
def store(seeded_store, search_index, django_user_model, settings):
    # Passwords hashed as the corpus's server hashes first (tests/bodybest/corpus_settings.py).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *settings.PASSWORD_HASHERS]
    ids = store_data(django_user_model)
    search_index()
    env = {
        "DATABASE_URL": _database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_BROKER_URL": "",  # tasks run in the request, as without a broker
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRICE_MATCH_SCREENSHOTS_ROOT": str(settings.PRICE_MATCH_SCREENSHOTS_ROOT),
        "VAR_DIR": str(settings.MEDIA_ROOT.parent / "bad-input-var"),
        "EMAIL_URL": "consolemail://",
        "LOG_LEVEL": "ERROR",
        # Limits high enough that the corpus reaches the forms behind them.
        "NEWSLETTER_SIGNUP_RATE": "100000/m", "CONTACT_RATE": "100000/m", "STOREFRONT_PASSWORD_RATE": "100000/m",
        "PRICE_MATCH_RATE_PER_IP": "100000/m", "PRICE_MATCH_RATE_PER_EMAIL": "100000/m",
        "LOGIN_FAILURES_PER_ACCOUNT": "100000", "LOGIN_FAILURES_PER_ADDRESS": "100000",
    }
    server = Store(env)
    users = {u.username: u for u in django_user_model.objects.all()}
    cookies = {"customer": session_cookie(users["dana"]), "staff": session_cookie(users["sam"])}
    yield server, ids, cookies
    server.stop()


def headers_for(request, sessions):
    cookie = f"csrftoken={corpus.CSRF_SECRET}"
    if request.who in sessions:
        cookie += f"; {settings.SESSION_COOKIE_NAME}={sessions[request.who]}"
    headers = {"Cookie": cookie, **request.headers}
    _, content_type = request.payload()
    if content_type:
        headers["Content-Type"] = content_type
    if "Cookie" in request.headers:
        headers["Cookie"] = f"{request.headers['Cookie']}; {cookie}"
    return headers


def test_no_hostile_request_gets_a_server_error_and_refused_ones_store_nothing(store):
    """Requests go two at a time (one per gunicorn worker), with the main tables counted before
    and after each pair. A pair that changed them and held a refused request is sent again one
    request at a time, so a change is always pinned on the request that made it."""
    server, ids, sessions = store
    requests = corpus.build(ids)
    assert len(requests) >= MIN_REQUESTS
    errors, stored, closed, timings, statuses, again = [], [], [], [], Counter(), []

    def send(request):
        started = time.monotonic()
        status, _ = server.send(request.method, request.target(), request.payload()[0],
                                headers_for(request, sessions))
        timings.append((round(time.monotonic() - started, 2), request.describe()[:100], status))
        statuses[status // 100] += 1
        if status >= 500:
            errors.append(f"{request.describe()} -> {status}")
        if status == CLOSED:
            closed.append(request.describe())
        return status

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        for first in range(0, len(requests), 2):
            pair = requests[first:first + 2]
            before = table_counts()
            answers = list(pool.map(send, pair))
            if table_counts() != before:
                again += [r for r, status in zip(pair, answers) if 400 <= status < 500]
    for request in again:
        before = table_counts()
        status = send(request)
        after = table_counts()
        if 400 <= status < 500 and after != before:
            changed = {k: (before[k], after[k]) for k in after if after[k] != before[k]}
            stored.append(f"{request.describe()} -> {status} changed {changed}")
    elapsed = time.monotonic() - started
    print(f"\nbad-input corpus: {len(requests)} requests ({len(again)} refused ones sent again alone) "
          f"in {elapsed:.1f} s; by status class {dict(sorted(statuses.items()))}; "
          f"{len(errors)} server errors; closed without an answer: {closed}; "
          f"slowest: {sorted(timings, reverse=True)[:3]}")
    assert not errors, (f"{len(errors)} of {len(requests)} requests got a server error:\n"
                        + "\n".join(errors) + "\n\nserver log:\n" + server.tail(6000))
    assert not stored, "refused requests stored rows:\n" + "\n".join(stored)
