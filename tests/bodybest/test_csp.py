"""The Content-Security-Policy header (bodybest/security.py, CONTENT_SECURITY_POLICY): on every
page, scripts only from this site or carrying the request's nonce, Stripe only where a card is
paid. The browser journeys check that no page breaks it (tests/browser/conftest.py)."""
import re

import pytest
from django.contrib.flatpages.models import FlatPage

from tests import factories

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)([^>]*)>")
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+=", re.IGNORECASE)


def _policy(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def _assert_scripts_carry_the_nonce(response):
    policy = _policy(response)
    script_src = policy["script-src"]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    html = response.content.decode()
    attributes = INLINE_SCRIPT.findall(html)
    assert attributes, "the page has Oscar's page-load script"
    nonces = {re.search(r'nonce="([^"]+)"', a).group(1) for a in attributes}
    assert len(nonces) == 1
    assert f"'nonce-{nonces.pop()}'" in script_src
    assert EVENT_HANDLER.search(html) is None


def test_storefront_pages_allow_only_our_scripts_and_the_nonced_inline_one(client):
    product = factories.product(title="Quiet gun", in_category=factories.category("Massage guns"))
    FlatPage.objects.filter(url="/about/").update(content="<p>Hello</p>")  # seeded by a migration
    for url in ("/", product.get_absolute_url(), "/contact/", "/about/", "/basket/", "/blog/"):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_scripts_carry_the_nonce(response)
        assert _policy(response)["object-src"] == ["'none'"]
        assert _policy(response)["frame-ancestors"] == ["'none'"]


def test_each_response_has_a_new_nonce(client):
    first, second = client.get("/"), client.get("/")
    assert _policy(first)["script-src"] != _policy(second)["script-src"]


def test_the_dashboard_and_the_admin_are_covered_too(staff_client):
    staff_client.user.is_superuser = True
    staff_client.user.save()
    dashboard = staff_client.get("/dashboard/")
    assert dashboard.status_code == 200
    _assert_scripts_carry_the_nonce(dashboard)
    admin = staff_client.get("/admin/")
    assert admin.status_code == 200
    assert "'unsafe-inline'" not in _policy(admin)["script-src"]
    assert INLINE_SCRIPT.search(admin.content.decode()) is None


def test_stripe_is_allowed_on_the_checkout_pages_only(client, settings):
    settings.STRIPE_LOCAL = False
    checkout = client.get("/checkout/")  # an empty basket is sent back to the basket page
    assert "https://js.stripe.com" in _policy(checkout)["script-src"]
    assert "https://api.stripe.com" in _policy(checkout)["connect-src"]
    assert "https://hooks.stripe.com" in _policy(checkout)["frame-src"]
    home = client.get("/")
    assert not any("stripe" in source for sources in _policy(home).values() for source in sources)


def test_stripe_is_allowed_on_the_french_checkout_too(client, settings):
    # /fr/checkout/ once refused Stripe.js: a French shopper could not pay.
    settings.STRIPE_LOCAL = False
    checkout = client.get("/fr/checkout/")
    assert "https://js.stripe.com" in _policy(checkout)["script-src"]
    assert "https://api.stripe.com" in _policy(checkout)["connect-src"]
    french_home = client.get("/fr/")
    assert not any("stripe" in source for sources in _policy(french_home).values() for source in sources)


def test_the_local_fake_stripe_is_allowed_where_the_store_uses_it(client, settings):
    settings.STRIPE_LOCAL = True
    settings.STRIPE_JS_URL = "http://127.0.0.1:8421/js.stripe.com/v3/"
    settings.STRIPE_API_BASE = "http://127.0.0.1:8421"
    policy = _policy(client.get("/checkout/"))
    assert "http://127.0.0.1:8421" in policy["script-src"]
    assert "http://127.0.0.1:8421" in policy["connect-src"]
    assert not any("stripe.com" in source for source in policy["script-src"])


def test_error_pages_carry_no_inline_handler_the_policy_would_refuse(client):
    page = client.get("/no-such-page-anywhere/")
    assert page.status_code == 404
    html = page.content.decode()
    assert "onclick" not in html
    assert re.search(r'<a [^>]*data-history-back[^>]*>Return to previous page</a>', html)
