import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def gated(settings):
    settings.STOREFRONT_PASSWORD = "spring-1991"
    settings.STOREFRONT_PASSWORD_RATE = "5/m"
    return settings


def test_every_storefront_page_asks_for_the_password(client, gated):
    for url in ["/", "/catalogue/", "/search/?q=oil", "/contact/", "/basket/"]:
        response = client.get(url, follow=True)
        assert "Enter your password to access this page." in response.content.decode(), url
        assert 'type="password"' in response.content.decode()


def test_a_wrong_password_is_refused_with_a_message(client, gated):
    response = client.post("/password/", {"password": "autumn", "next": "/catalogue/"})
    assert response.status_code == 403
    assert "Your password is incorrect." in response.content.decode()
    assert client.get("/catalogue/").status_code == 302


def test_the_right_password_opens_the_store_for_the_session(client, gated):
    response = client.post("/password/", {"password": "spring-1991", "next": "/catalogue/"})
    assert response.status_code == 302 and response["Location"] == "/catalogue/"
    assert client.get("/catalogue/").status_code == 200
    assert client.get("/contact/").status_code == 200


def test_the_gate_never_redirects_to_another_site(client, gated):
    response = client.post("/password/", {"password": "spring-1991", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_staff_pass_without_the_password(staff_client, gated):
    assert staff_client.get("/contact/").status_code == 200


def test_dashboard_login_health_check_and_webhooks_pass_through(client, gated):
    assert client.get("/dashboard/login/").status_code == 200
    assert client.get("/healthz").status_code == 200
    # Stripe's webhook answers for itself (an unsigned post is 400), not the gate's password page.
    response = client.post("/webhooks/stripe/", data="{}", content_type="application/json")
    assert response.status_code == 400 and b"Invalid signature" in response.content


def test_password_attempts_are_rate_limited_per_client(client, gated):
    for _ in range(5):
        assert client.post("/password/", {"password": "wrong"}).status_code == 403
    response = client.post("/password/", {"password": "spring-1991"})
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    other = client.post("/password/", {"password": "spring-1991"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_without_a_password_set_the_store_is_open(client, settings):
    settings.STOREFRONT_PASSWORD = ""
    assert client.get("/contact/").status_code == 200


def test_the_password_form_carries_a_csrf_token(client, gated):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    assert strict.post("/password/", {"password": "spring-1991"}).status_code == 403
    assert "csrfmiddlewaretoken" in client.get("/password/").content.decode()


def test_a_customer_cannot_sign_in_through_the_dashboard_login_behind_the_gate(client, gated, django_user_model):
    django_user_model.objects.create_user("dana", "dana@example.ca", "x-dana-2024")
    response = client.post("/dashboard/login/", {"username": "dana@example.ca", "password": "x-dana-2024"})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert "Please enter a correct username and password" in response.content.decode()
    wrong = client.post("/dashboard/login/", {"username": "dana@example.ca", "password": "not-hers"})
    assert wrong.context["form"].non_field_errors() == response.context["form"].non_field_errors()
    assert client.get("/catalogue/")["Location"].startswith("/password/")


def test_staff_sign_in_through_the_dashboard_login_and_pass_the_gate(client, gated, django_user_model):
    django_user_model.objects.create_user("staffer", "staffer@bodybest.ca", "pw-staff-1991", is_staff=True)
    response = client.post("/dashboard/login/", {"username": "staffer@bodybest.ca", "password": "pw-staff-1991"})
    assert response.status_code == 302 and "_auth_user_id" in client.session
    assert client.get("/catalogue/").status_code == 200
