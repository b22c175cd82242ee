"""Login throttling (bodybest/login_throttle.py, django-axes) on every sign-in form: the
storefront's, the checkout's returning-customer form, the dashboard's and Django admin's.
Counted per account at one client address and per address; a throttled attempt is answered
with our 429 page before any password is hashed."""
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

from tests import factories
from tests.bodybest.hashers import hashes_during

pytestmark = pytest.mark.django_db

PASSWORD = "pw-staff-1991"
GUESSER, OWNER = "203.0.113.7", "198.51.100.20"


@pytest.fixture(autouse=True)
def counted_hashing(settings):
    settings.PASSWORD_HASHERS = ["tests.bodybest.hashers.CountingHasher"]


@pytest.fixture
def ada(django_user_model):
    # Staff, so that every one of the sign-in forms accepts her right password.
    return django_user_model.objects.create_user("ada", "ada@example.ca", PASSWORD, is_staff=True)


def storefront(client, login, password, address):
    return client.post("/accounts/login/", {"login-username": login, "login-password": password,
                                            "login_submit": "1"}, REMOTE_ADDR=address)


def dashboard(client, login, password, address):
    return client.post("/dashboard/login/", {"username": login, "password": password}, REMOTE_ADDR=address)


def admin(client, login, password, address):
    return client.post("/admin/login/", {"username": login, "password": password, "next": "/admin/"},
                       REMOTE_ADDR=address)


def checkout(client, login, password, address):
    if not client.session.get("basket_id_checked"):
        client.post(f"/basket/add/{factories.product().pk}/", {"quantity": 1}, REMOTE_ADDR=address)
        session = client.session
        session["basket_id_checked"] = True
        session.save()
    return client.post("/checkout/", {"username": login, "password": password, "options": "existing"},
                       REMOTE_ADDR=address)


FORMS = [storefront, dashboard, admin, checkout]


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("sign_in", FORMS, ids=lambda form: form.__name__)
def test_the_fifth_wrong_password_locks_the_account_at_that_address_and_then_nothing_is_hashed(
        client, ada, sign_in):
    codes = [sign_in(client, "ada@example.ca", f"guess-{n}", GUESSER).status_code for n in range(5)]
    assert [code in (200, 400) for code in codes[:4]] == [True] * 4 and codes[4] == 429

    hashed, right = hashes_during(lambda: sign_in(client, "ada@example.ca", PASSWORD, GUESSER))
    assert right.status_code == 429 and hashed == 0 and not signed_in(client)
    page = right.content.decode()
    assert "Too many sign-in attempts" in page and "wait 15 minutes" in page
    assert 'href="/password-reset/"' in page


@pytest.mark.parametrize("sign_in", FORMS, ids=lambda form: form.__name__)
def test_the_owner_signs_in_from_their_own_address_while_a_guesser_is_locked_out(client, ada, sign_in):
    from django.test import Client

    for n in range(8):
        sign_in(client, "ada@example.ca", f"guess-{n}", GUESSER)
    owner = Client(HTTP_HOST="localhost")
    assert sign_in(owner, "ada@example.ca", PASSWORD, OWNER).status_code == 302
    assert signed_in(owner)


def test_the_count_ignores_case_and_spaces_in_the_address_typed(client, ada):
    for login in ["ada@example.ca", "ADA@example.ca", " Ada@Example.CA ", "ada@EXAMPLE.ca"]:
        storefront(client, login, "wrong", GUESSER)
    assert storefront(client, "ada@example.ca ", "wrong", GUESSER).status_code == 429


def test_one_address_trying_many_accounts_is_stopped_at_the_address_limit(client, ada, settings):
    settings.LOGIN_FAILURES_PER_ADDRESS = 6
    for n in range(6):
        assert storefront(client, f"someone{n}@example.ca", "wrong", GUESSER).status_code == 200
    hashed, response = hashes_during(lambda: storefront(client, "ada@example.ca", PASSWORD, GUESSER))
    assert response.status_code == 429 and hashed == 0
    assert storefront(client, "ada@example.ca", PASSWORD, OWNER).status_code == 302


def test_attempts_while_locked_out_do_not_extend_the_lockout_which_ends_after_the_cool_off(client, ada):
    for n in range(5):
        storefront(client, "ada@example.ca", f"guess-{n}", GUESSER)
    locked = AccessAttempt.objects.get()
    for _ in range(10):
        assert storefront(client, "ada@example.ca", "more", GUESSER).status_code == 429
    again = AccessAttempt.objects.get()
    assert (again.failures_since_start, again.attempt_time) == (5, locked.attempt_time)

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=15, seconds=1))
    assert storefront(client, "ada@example.ca", PASSWORD, GUESSER).status_code == 302


def test_signing_in_clears_that_accounts_failures_at_that_address_only(client, ada, django_user_model):
    from django.test import Client

    for n in range(4):
        storefront(client, "ada@example.ca", f"typo-{n}", OWNER)
    django_user_model.objects.create_user("eve", "eve@example.ca", "pw-eve-2024")
    stranger = Client(HTTP_HOST="localhost")
    for n in range(3):
        storefront(stranger, "bob@example.ca", f"guess-{n}", OWNER)  # another account, same address

    assert storefront(client, "ada@example.ca", PASSWORD, OWNER).status_code == 302
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"bob@example.ca"}


def test_a_guesser_cannot_reset_the_address_count_by_signing_in_to_their_own_account(
        client, ada, django_user_model, settings):
    from django.test import Client

    settings.LOGIN_FAILURES_PER_ADDRESS = 6
    django_user_model.objects.create_user("eve", "eve@example.ca", "pw-eve-2024")
    for n in range(6):
        storefront(client, f"target{n}@example.ca", "wrong", GUESSER)
        if n == 3:
            own = Client(HTTP_HOST="localhost")
            assert storefront(own, "eve@example.ca", "pw-eve-2024", GUESSER).status_code == 302
    assert storefront(client, "target9@example.ca", "wrong", GUESSER).status_code == 429


def test_registration_and_the_right_password_still_sign_in(client, ada):
    response = client.post("/accounts/register/", {
        "email": "new@example.ca", "password1": "a-long-passphrase-1991", "password2": "a-long-passphrase-1991",
        "redirect_url": "/accounts/"}, REMOTE_ADDR=OWNER)
    assert response.status_code == 302 and signed_in(client)
    client.logout()
    assert storefront(client, "new@example.ca", "a-long-passphrase-1991", OWNER).status_code == 302
    assert not AccessAttempt.objects.exists()


def test_the_login_and_registration_page_registers_too(client):
    response = client.post("/accounts/login/", {
        "registration-email": "new@example.ca", "registration-password1": "a-long-passphrase-1991",
        "registration-password2": "a-long-passphrase-1991", "registration_submit": "1"})
    assert response.status_code == 302 and signed_in(client)


def test_no_password_typed_is_kept_with_the_failed_attempts(client, ada):
    storefront(client, "ada@example.ca", "secret-guess-1", GUESSER)
    dashboard(client, "ada@example.ca", "secret-guess-2", GUESSER)
    client.post("/accounts/login/", {"registration-email": "ada@example.ca", "registration-password1": "secret-guess-3",
                                     "registration-password2": "secret-guess-3", "registration_submit": "1"},
                REMOTE_ADDR=GUESSER)
    client.post("/accounts/register/", {"email": "ada@example.ca", "password1": "secret-guess-4",
                                        "password2": "secret-guess-4"}, REMOTE_ADDR=GUESSER)
    assert AccessAttempt.objects.get().failures_since_start == 4
    kept = "".join(AccessAttempt.objects.values_list("post_data", flat=True))
    assert "secret-guess" not in kept
