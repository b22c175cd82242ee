"""Bad input gets a 404 or a 400, never a 500."""
import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(search_index):
    category = factories.category("Massage guns")
    product = factories.product(in_category=category)
    search_index()
    return category, product


@pytest.mark.parametrize(
    "url",
    [
        "/catalogue/no-such-product_999999/",
        "/catalogue/category/no-such-category_999999/",
        "/catalogue/?page=99999",
        "/catalogue/?page=-1",
        "/catalogue/?page=abc",
        "/search/?q=gun&page=99999999999999999999",
        "/no-such-page/",
    ],
)
def test_unknown_things_and_absurd_pages_are_404(client, catalogue, url):
    assert client.get(url).status_code == 404


def test_a_category_page_beyond_the_last_is_404(client, catalogue):
    category, _ = catalogue
    assert client.get(category.get_absolute_url() + "?page=500").status_code == 404


def test_an_oversized_search_is_400_with_a_message(client, catalogue):
    response = client.get("/search/", {"q": "massage " * 100})
    assert response.status_code == 400
    assert "limited to 200 characters" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"q": "gun", "selected_facets": "nonsense:thing"},
        {"q": "gun", "sort_by": "'; DROP TABLE"},
        {"q": "AND OR NOT ( [ {"},
        {"q": "*:*"},
        {"q": "\x00"},
    ],
)
def test_odd_queries_never_fail(client, catalogue, query):
    assert client.get("/search/", query).status_code in (200, 400)


def test_a_query_string_with_too_many_fields_is_400(client, catalogue):
    query = "&".join(f"f{i}=1" for i in range(2000))
    client.raise_request_exception = False  # Django answers 400 for this SuspiciousOperation
    assert client.get(f"/search/?q=gun&{query}").status_code == 400


def test_a_renamed_category_slug_redirects_to_the_right_address(client, catalogue):
    category, _ = catalogue
    response = client.get(f"/catalogue/category/old-name_{category.pk}/")
    assert response.status_code == 301
    assert response["Location"] == category.get_absolute_url()


# A bare word where an address belongs: Django's redirect() took it for a view name (a 500). --

@pytest.mark.parametrize("word", ["abc", "store-home", "javascript:alert(1)", "//evil.example/"])
def test_the_password_gate_sends_a_bare_word_next_to_the_home_page(client, settings, word):
    settings.STOREFRONT_PASSWORD = "spring-1991"
    response = client.post("/password/", {"password": "spring-1991", "next": word})
    assert response.status_code == 302 and response["Location"] == "/"


def test_an_open_gate_sends_a_bare_word_next_to_the_home_page(client):
    response = client.get("/password/?next=abc")
    assert response.status_code == 302 and response["Location"] == "/"


@pytest.mark.parametrize("extra", [{"data": {"next": "abc"}}, {"data": {}, "HTTP_REFERER": "abc"}])
def test_a_comparison_form_with_a_bare_word_next_or_referer_goes_back_to_the_comparison(client, catalogue, extra):
    _, product = catalogue
    data = {"product": product.pk, **extra.pop("data")}
    response = client.post("/compare/add/", data, **extra)
    assert response.status_code == 302 and response["Location"] == "/compare/"


def test_the_comparison_replace_page_ignores_a_bare_word_next(client, catalogue):
    _, product = catalogue
    response = client.get("/compare/replace/", {"product": product.pk, "next": "abc"})
    assert response.status_code == 200
    assert 'value="abc"' not in response.content.decode()


def test_a_newsletter_signup_with_a_bare_word_next_lands_on_the_blog(client):
    response = client.post("/newsletter/", {"email": "reader@example.ca", "consent": "on", "next": "abc"})
    assert response.status_code == 302 and response["Location"] == "/blog/"


def test_an_oscar_view_redirecting_to_a_bare_word_referer_uses_its_own_default(client, catalogue):
    _, product = catalogue
    response = client.post(f"/basket/add/{product.pk}/", {"quantity": 1}, HTTP_REFERER="abc")
    assert response.status_code == 302 and response["Location"] == "/basket/"


def test_signing_in_with_a_bare_word_redirect_url_lands_where_sign_in_always_does(client, django_user_model, settings):
    django_user_model.objects.create_user(username="dana", email="dana@example.ca", password="x-dana-2024")
    response = client.post("/accounts/login/", {
        "login_submit": "1", "login-username": "dana@example.ca", "login-password": "x-dana-2024",
        "login-redirect_url": "abc",
    })
    assert response.status_code == 302 and response["Location"] == settings.LOGIN_REDIRECT_URL


# A null character: PostgreSQL refuses text holding one (a 500 wherever it reached a query). ---

@pytest.mark.parametrize("url", [
    "/accounts/wishlists/%00/", "/accounts/orders/%00/", "/accounts/alerts/%00/",
    "/search/?q=gun%00", "/catalogue/?q=%00", "/catalogue/%00/", "/basket/?x%00=1",
])
def test_a_null_character_in_the_address_is_400_before_any_query(customer_client, url):
    response = customer_client.get(url)
    assert response.status_code == 400
    assert "null character" in response.content.decode()


@pytest.mark.parametrize("url", ["/dashboard/orders/%00/", "/dashboard/orders/%00/refund/",
                                 "/dashboard/price-match/%00/"])
def test_a_null_character_in_a_staff_address_is_400(staff_client, url):
    assert staff_client.get(url).status_code == 400


def test_a_null_character_in_a_posted_form_is_400_and_stores_nothing(client):
    from blog.newsletter.models import Subscriber

    response = client.post("/newsletter/", {"email": "reader@example.ca", "consent": "on", "next": "/\x00"})
    assert response.status_code == 400
    assert "null character" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_session_cookie_with_a_null_character_is_ignored(client):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"
    assert client.get("/").status_code == 200


# Form bodies Django cannot decode: the CSRF check raised while reading them. -----------------

@pytest.mark.parametrize("body,content_type", [
    ("email=reader@example.ca&consent=on".encode("utf-16"), "application/x-www-form-urlencoded; charset=utf-16"),
    (b"email=reader@example.ca", "application/x-www-form-urlencoded; charset=latin-1"),
    (b"--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na\r\n", "multipart/form-data; boundary=x"),
    (b"whatever", "multipart/form-data"),
])
def test_a_form_body_that_cannot_be_read_is_400(body, content_type):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True, raise_request_exception=False, HTTP_HOST="localhost")
    browser.cookies["csrftoken"] = "BadInputCsrfSecretOf32Characters"
    response = browser.generic("POST", "/newsletter/", body, content_type=content_type,
                               HTTP_X_CSRFTOKEN="BadInputCsrfSecretOf32Characters")
    assert response.status_code == 400


# Oscar's review form and notification actions. ------------------------------------------------

@pytest.mark.parametrize("score", ["5", "abc", ""])
def test_a_review_with_a_blank_body_is_shown_again_with_the_error(customer_client, catalogue, score):
    from oscar.core.loading import get_model

    _, product = catalogue
    response = customer_client.post(f"/catalogue/{product.slug}_{product.pk}/reviews/add/",
                                     {"title": "Good", "score": score, "body": "   \n "})
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not get_model("reviews", "ProductReview").objects.exists()


def test_a_notification_action_on_an_id_that_is_not_a_number_is_refused_with_a_message(customer_client):
    response = customer_client.post("/accounts/notifications/update/",
                                    {"action": "archive", "selected_notification": ["abc", "1e5"]},
                                    HTTP_REFERER="http://localhost/accounts/notifications/inbox/",
                                    follow=True)
    assert response.status_code == 200
    assert "You need to select some notifications" in response.content.decode()


def test_registering_with_a_redirect_url_of_ours_goes_there(client):
    response = client.post("/accounts/register/?next=/catalogue/", {
        "email": "new@example.ca", "password1": "a-long-pass-2024", "password2": "a-long-pass-2024",
        "redirect_url": "/catalogue/",
    })
    assert response.status_code == 302
