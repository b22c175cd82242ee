"""Oscar's anonymous-basket and recently-viewed cookies: Secure in production (they follow
SESSION_COOKIE_SECURE) and SameSite=Lax always."""
import pytest

from tests import factories
from tests.bodybest.test_settings import PRODUCTION, _manage


def test_production_makes_the_basket_and_history_cookies_secure_and_samesite():
    result = _manage("shell", "--no-imports", "-c", (
        "from django.conf import settings; from oscar.core.loading import get_class; "
        "history = get_class('customer.history', 'CustomerHistoryManager'); "
        "print(settings.OSCAR_BASKET_COOKIE_SECURE, history.cookie_kwargs['secure'], "
        "history.cookie_kwargs['samesite'])"
    ), env=PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "Lax"]


@pytest.mark.django_db
def test_the_anonymous_basket_cookie_is_secure_httponly_and_samesite(client, settings):
    settings.OSCAR_BASKET_COOKIE_SECURE = True
    product = factories.product(title="Cookie gun")
    response = client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    assert response.status_code == 302
    cookie = response.cookies[settings.OSCAR_BASKET_COOKIE_OPEN]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


@pytest.mark.django_db
def test_the_recently_viewed_cookie_is_samesite(client, settings):
    product = factories.product(title="History gun")
    response = client.get(product.get_absolute_url())
    cookie = response.cookies[settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME]
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"] is True
