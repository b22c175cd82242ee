"""Redis stops while the store runs for real (gunicorn with 2 workers, DEBUG off, a Celery worker,
an SMTP server, localstripe): shoppers keep browsing, searching, signing in and paying, /healthz
names the cache, and the mail queued meanwhile goes out once Redis is back, once, with nothing
restarted."""
import os
import re
import signal
import subprocess
import sys
import time

import pytest
import requests
from django.conf import settings
from oscar.core.loading import get_model

from bodybest.models import OutboxTask
from checkout.models import CardPayment, StripeEvent
from tests import factories
from tests.bodybest.own_redis import OwnRedis
from tests.bodybest.test_outbox import drop_pools
from tests.celery_worker import _database_url, wait_for, worker
from tests.checkout.buying import ADDRESS
from tests.checkout.test_webhooks import event, signed
from tests.smtp_server import free_port, smtp_server

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")


@pytest.fixture
def own_redis():
    server = OwnRedis().start()
    yield server
    server.close()


@pytest.fixture
def inbox():
    with smtp_server() as inbox:
        yield inbox


@pytest.fixture
def app_on(own_redis):
    """This test process publishes to the test's own Redis too (the worker helper pings there)."""
    from bodybest.celery import app

    was = app.conf.broker_url
    drop_pools(app)
    app.conf.broker_url = f"{own_redis.url}/0"
    yield app
    drop_pools(app)
    app.conf.broker_url = was


def store_env(own_redis, inbox, fake_stripe):
    return {
        "DATABASE_URL": _database_url(),
        "REDIS_URL": f"{own_redis.url}/0",
        "CELERY_BROKER_URL": f"{own_redis.url}/0",
        "EMAIL_URL": f"smtp://127.0.0.1:{inbox.port}",
        "STRIPE_LOCAL_URL": fake_stripe.url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRICE_MATCH_SCREENSHOTS_ROOT": str(settings.PRICE_MATCH_SCREENSHOTS_ROOT),
    }


class Store:
    """gunicorn serving the store, 2 sync workers, as in production."""

    def __init__(self, env):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(f"/tmp/gunicorn-redis-down-{self.port}.log", "w")
        process_env = {**os.environ, **env, "DJANGO_SETTINGS_MODULE": "tests.bodybest.server_settings",
                       "DEBUG": "0", "SECRET_KEY": "redis-down-test-" + "x" * 40,
                       "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_SSL_REDIRECT": "0",
                       "SESSION_COOKIE_SECURE": "0", "CSRF_COOKIE_SECURE": "0"}
        process_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "bodybest.wsgi:application", "--workers", "2",
             "--bind", f"127.0.0.1:{self.port}", "--no-control-socket", "--timeout", "60"],
            env=process_env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            if not wait_for(self._answers, timeout=60, every=0.2):
                raise RuntimeError("gunicorn did not start:\n" + open(self.log.name).read()[-3000:])
        except BaseException:
            self.stop()
            raise

    def _answers(self):
        if self.process.poll() is not None:
            raise RuntimeError("gunicorn exited:\n" + open(self.log.name).read()[-3000:])
        try:
            return requests.get(f"{self.url}/healthz", timeout=10).status_code in (200, 503)
        except (requests.ConnectionError, requests.Timeout):
            return False

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # the master and its workers
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


class Shopper(requests.Session):
    """A browser: keeps cookies, sends the CSRF token with every form."""

    def __init__(self, store):
        super().__init__()
        self.store = store

    def get(self, path, **kwargs):
        return super().get(self.store.url + path, timeout=30, **kwargs)

    def post(self, path, data=None, **kwargs):
        headers = {"X-CSRFToken": self.cookies.get("csrftoken", ""), "Referer": self.store.url + "/",
                   **kwargs.pop("headers", {})}
        return super().post(self.store.url + path, data=data, headers=headers, timeout=30,
                            allow_redirects=False, **kwargs)


@pytest.fixture
def catalogue(seeded_store, search_index):
    massage = factories.category("Massage tables")
    product = factories.product(title="Oakworks Nova portable table", price="420.00", stock=20,
                                in_category=massage)
    factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"}
    )[0].save_value(product, 12.0)
    search_index()
    get_model("auth", "User").objects.create_user(
        username="dana", email="dana@example.ca", password="x-dana-2024-long")
    return massage, product


def test_the_store_serves_and_sells_while_redis_is_down_and_mails_once_it_is_back(
        catalogue, fake_stripe, own_redis, inbox, app_on):
    category, product = catalogue
    env = store_env(own_redis, inbox, fake_stripe)
    with worker(env={**env, "CELERY_VISIBILITY_TIMEOUT": "30"}) as (_, queue):
        store = Store({**env, "CELERY_TASK_DEFAULT_QUEUE": queue})
        try:
            healthy = requests.get(f"{store.url}/healthz", timeout=10)
            assert healthy.status_code == 200, healthy.text

            own_redis.stop()
            outage_started = time.monotonic()

            pages = {
                "home": "/", "catalogue": "/catalogue/", "category": category.get_absolute_url(),
                "product": product.get_absolute_url(), "search": "/search/?q=oakworks",
                "login page": "/accounts/login/", "blog": "/blog/", "contact": "/contact/",
            }
            browser = Shopper(store)
            answered = {name: browser.get(path) for name, path in pages.items()}
            assert {name: r.status_code for name, r in answered.items()} == dict.fromkeys(pages, 200)
            assert "Oakworks Nova" in answered["search"].text
            assert "Massage tables" in answered["home"].text  # the category menu, from the database

            health = requests.get(f"{store.url}/healthz", timeout=10)
            assert health.status_code == 503
            assert health.json()["cache"] == "unavailable" and health.json()["broker"] == "unavailable"
            assert health.json()["database"] == "ok"

            # A customer signs in; the session holds across both gunicorn workers.
            customer = Shopper(store)
            customer.get("/accounts/login/")
            signed_in = customer.post("/accounts/login/", {
                "login-username": "dana@example.ca", "login-password": "x-dana-2024-long",
                "login_submit": "1"})
            assert signed_in.status_code == 302, signed_in.text[:2000]
            for _ in range(4):
                assert "dana@example.ca" in customer.get("/accounts/profile/").text

            # A guest buys by card: basket, checkout steps, the payment endpoint.
            assert browser.post(f"/basket/add/{product.pk}/", {"quantity": 1}).status_code == 302
            basket = browser.get("/basket/")
            assert basket.status_code == 200 and "Oakworks Nova" in basket.text
            assert browser.post("/checkout/", {"username": "marie@example.ca",
                                               "options": "anonymous"}).status_code == 302
            assert browser.post("/checkout/shipping-address/", ADDRESS).status_code == 302
            assert browser.post("/checkout/shipping-method/",
                                {"method_code": "standard"}).status_code == 302
            paid = browser.post("/checkout/pay/", {"payment_method": fake_stripe.card_payment_method()},
                                headers={"Accept": "application/json"})
            assert paid.status_code == 200 and paid.json()["status"] == "placed", paid.text[:2000]
            order = Order.objects.get()

            # Stripe tells us about the payment: the event is recorded, its handling kept.
            intent = fake_stripe.intent(CardPayment.objects.get(order=order).payment_intent_id)
            payload = event("payment_intent.succeeded", intent, event_id="evt_during_outage")
            notified = requests.post(f"{store.url}/webhooks/stripe/", data=payload, timeout=30, headers={
                "Content-Type": "application/json", "Stripe-Signature": signed(payload)})
            assert notified.status_code == 200, notified.text[:2000]

            # A question, and a newsletter signup.
            assert browser.post("/contact/", {"name": "Marie Tremblay", "email": "marie@example.ca",
                                              "message": "Does the Nova come with a carry case?"}
                                ).status_code == 302
            assert browser.post("/newsletter/", {"email": "reader@example.ca", "consent": "on",
                                                 "next": "/blog/"}).status_code == 302
            outage_seconds = time.monotonic() - outage_started
            kept = OutboxTask.objects.count()
            assert kept >= 4  # order mail, webhook handling, contact mail, confirmation mail
            assert inbox.messages == []

            own_redis.start()  # same port; empty, as a restarted Redis without persistence is
            back = time.monotonic()
            expected = {"marie@example.ca": 1, "info@bodybest.ca": 2, "reader@example.ca": 1}
            assert wait_for(lambda: _count(inbox) == expected, timeout=45), (
                _count(inbox), list(OutboxTask.objects.values("name")))
            recovered_in = time.monotonic() - back
            # Nothing more may arrive: the outbox is empty and the worker has run every task.
            assert wait_for(lambda: _drained(app_on, own_redis, queue), timeout=30)
            assert _count(inbox) == expected
            assert StripeEvent.objects.filter(event_id="evt_during_outage", processed__isnull=False).exists()
            subjects = [re.search(rb"^Subject: (.*)$", content, re.M).group(1).decode()
                        for _, content in inbox.messages]
            assert any(order.number in subject for subject in subjects), subjects
            assert wait_for(lambda: requests.get(f"{store.url}/healthz", timeout=10).status_code == 200,
                            timeout=20)
            print(f"\nRedis down for {outage_seconds:.1f} s: {len(pages)} pages, sign-in, basket and "
                  f"a card checkout answered; {kept} tasks kept; {len(inbox.messages)} mails "
                  f"delivered {recovered_in:.1f} s after Redis came back")
        finally:
            store.stop()


def _drained(app, own_redis, queue):
    if OutboxTask.objects.exists() or own_redis.client().llen(queue):
        return False
    with app.connection_for_write() as connection:  # not the pool: its connections died with Redis
        inspect = app.control.inspect(timeout=1, connection=connection)
        active, reserved = inspect.active() or {}, inspect.reserved() or {}
    return bool(active) and not any(active.values()) and not any(reserved.values())


def _count(inbox):
    counts = {}
    for address in inbox.recipients:
        counts[address] = counts.get(address, 0) + 1
    return counts
