import shutil
import tempfile
from pathlib import Path

import pytest

from tests import services

_TMP = Path(tempfile.mkdtemp(prefix="bodybest-tests-"))


def pytest_configure(config):
    from django.conf import settings

    # Whole-page caching is tested on its own (tests/bodybest/test_page_cache.py); elsewhere a
    # test reads the page its own data makes.
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_FRONT_MEMORY_SECONDS = 0  # bodybest/page_front.py: its own test turns it on
    # Each run gets its own media and mail folders.
    settings.MEDIA_ROOT = _TMP / "media"
    settings.EMAIL_FILE_PATH = _TMP / "mail"
    settings.PRICE_MATCH_SCREENSHOTS_ROOT = _TMP / "price-match"
    settings.SHOPIFY_IMPORTS_ROOT = _TMP / "shopify-imports"
    settings.STORAGES["staticfiles"]["BACKEND"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    # The suite runs tasks in-process; tests that need a real worker start one themselves.
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from bodybest.celery import app

    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True


def pytest_unconfigure(config):
    shutil.rmtree(_TMP, ignore_errors=True)


def pytest_runtest_setup(item):
    for service in ("postgres", "redis"):
        if item.get_closest_marker(service):
            services.require(service)


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Mail goes to the locmem outbox; the cache starts empty for every test; every test starts
    in English (a French page's request leaves French active in the test's thread)."""
    from django.core.cache import cache
    from django.utils import translation

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def search_index(db):
    """The search documents built from the database (catalog/search/engine/); calling the
    returned function builds them again."""
    from catalog.search import engine

    def rebuild():
        return engine.rebuild()

    rebuild()
    return rebuild


@pytest.fixture
def client(client):
    client.defaults["HTTP_HOST"] = "localhost"
    return client


@pytest.fixture
def staff_client(client, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Owner"))  # every staff page (bodybest/roles.py)
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def customer_client(django_user_model):
    """Another browser, signed in as a customer (not staff)."""
    from django.test import Client

    customer = Client(HTTP_HOST="localhost")
    customer.force_login(django_user_model.objects.create_user(
        username="dana", email="dana@example.ca", password="x-dana-2024"))
    return customer


@pytest.fixture
def seeded_store(db):
    """The rows migrations seed (shipping methods, tax rates, Canada as the shipping country),
    put back for a transactional test: an earlier one may have emptied the tables. The seed
    functions are idempotent."""
    import importlib

    from django.apps import apps

    for module in ("checkout.migrations.0002_seed_tax_rates",
                   "checkout.shipping.migrations.0005_standard_and_express",
                   "checkout.shipping.migrations.0006_method_names_in_french"):
        importlib.import_module(module).seed(apps, None)


@pytest.fixture(scope="session")
def _fake_stripe_server():
    from tests.stripe_fake import FakeStripe

    server = FakeStripe()
    yield server
    server.stop()


@pytest.fixture
def fake_stripe(_fake_stripe_server, settings):
    """localstripe, emptied, and the store pointed at it as it would be at Stripe."""
    settings.STRIPE_LOCAL = True
    settings.STRIPE_SECRET_KEY = "sk_test_localstripe"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_localstripe"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_localstripe"
    settings.STRIPE_API_BASE = _fake_stripe_server.url
    settings.STRIPE_JS_URL = f"{_fake_stripe_server.url}/js.stripe.com/v3/"
    _fake_stripe_server.reset()
    return _fake_stripe_server
