"""Signing in does not tell a stranger which email addresses have accounts: an unknown address
costs the same password work as a wrong password (bodybest/auth_backends.py), and the forms
answer both with the same words. Registration does say an address is taken: see the README."""
import pytest

from tests.bodybest.hashers import hashes_during

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def counted_hashing(settings):
    settings.PASSWORD_HASHERS = ["tests.bodybest.hashers.CountingHasher"]


@pytest.fixture
def ada(django_user_model):
    return django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991", is_staff=True)


def storefront(client, login, password):
    return client.post("/accounts/login/", {"login-username": login, "login-password": password,
                                            "login_submit": "1"})


def dashboard(client, login, password):
    return client.post("/dashboard/login/", {"username": login, "password": password})


def admin(client, login, password):
    return client.post("/admin/login/", {"username": login, "password": password, "next": "/admin/"})


def error_text(response):
    form = response.context.get("login_form") or response.context.get("form")
    return form.non_field_errors()


@pytest.mark.parametrize("sign_in", [storefront, dashboard, admin], ids=lambda form: form.__name__)
def test_an_unknown_address_costs_one_password_hash_like_a_wrong_password(client, ada, sign_in):
    unknown_work, unknown = hashes_during(lambda: sign_in(client, "nobody@example.ca", "pw-ada-1991"))
    wrong_work, wrong = hashes_during(lambda: sign_in(client, "ada@example.ca", "not-her-password"))
    right_work, right = hashes_during(lambda: sign_in(client, "ada@example.ca", "pw-ada-1991"))

    assert (unknown_work, wrong_work, right_work) == (1, 1, 1)
    assert unknown.status_code == wrong.status_code == 200 and right.status_code == 302
    assert error_text(unknown) == error_text(wrong)


def test_a_username_signs_in_to_the_admin_with_one_hash_and_an_unknown_one_costs_the_same(client, ada):
    unknown_work, unknown = hashes_during(lambda: admin(client, "nobody", "pw-ada-1991"))
    right_work, right = hashes_during(lambda: admin(client, "ada", "pw-ada-1991"))
    assert (unknown_work, right_work) == (1, 1)
    assert unknown.status_code == 200 and right.status_code == 302


def test_two_accounts_sharing_an_address_and_password_sign_in_as_neither_without_an_error(
        client, ada, django_user_model):
    django_user_model.objects.create_user("ada2", "ADA@example.ca", "pw-ada-1991")
    response = storefront(client, "ada@example.ca", "pw-ada-1991")
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_an_inactive_account_is_refused_like_a_wrong_password(client, ada):
    ada.is_active = False
    ada.save()
    wrong = storefront(client, "ada@example.ca", "not-her-password")
    inactive = storefront(client, "ada@example.ca", "pw-ada-1991")
    assert inactive.status_code == 200 and error_text(inactive) == error_text(wrong)


@pytest.mark.parametrize("page, prefix, submit", [("/accounts/register/", "", {}),
                                                  ("/accounts/login/", "registration-", {"registration_submit": "1"})])
def test_registering_with_taken_addresses_is_throttled_like_signing_in(client, ada, settings, page, prefix, submit,
                                                                       django_user_model):
    settings.LOGIN_FAILURES_PER_ADDRESS = 4
    for n in range(4):
        django_user_model.objects.create_user(f"user{n}", f"user{n}@example.ca", "pw-1991-user")

    def register(email, address="203.0.113.7"):
        return client.post(page, {f"{prefix}email": email, f"{prefix}password1": "a-long-passphrase-1991",
                                  f"{prefix}password2": "a-long-passphrase-1991", **submit}, REMOTE_ADDR=address)

    taken = [register(f"user{n}@example.ca") for n in range(4)]
    assert all("already exists" in r.content.decode() for r in taken)
    # Stopped: from this address neither a taken nor a free address gets an answer now.
    for email in ("ada@example.ca", "free@example.ca"):
        response = register(email)
        assert response.status_code == 429 and "Too many sign-in attempts" in response.content.decode()
    assert not django_user_model.objects.filter(email="free@example.ca").exists()
    assert register("free@example.ca", address="198.51.100.20").status_code == 302
