"""Oscar views that answered a 500 to malformed input (bodybest/oscar_guards.py) answer with a
message or a 4xx, keep Oscar's access checks, and still do their work for good input."""
import pytest
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from tests import factories

pytestmark = pytest.mark.django_db
ProductReview = get_model("reviews", "ProductReview")


@pytest.fixture
def superuser_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser(
        username="root", email="root@bodybest.ca", password="pw-root-1991-long"))
    return client


@pytest.fixture
def review():
    return ProductReview.objects.create(product=factories.product(with_image=False), score=4, title="Good",
                                        body="Fine", name="Ann", email="ann@example.ca",
                                        status=ProductReview.FOR_MODERATION)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


@pytest.mark.parametrize("url,data", [
    ("/dashboard/orders/", {"action": "change_order_statuses", "selected_order": ["abc", "\u0661"],
                            "new_status": "Shipped"}),
    ("/dashboard/reviews/", {"action": "update_selected_review_status", "selected_review": "1e5", "status": "1"}),
    ("/dashboard/users/", {"action": "make_active", "selected_user": "javascript:alert(1)"}),
])
def test_a_bulk_action_on_ids_that_are_not_numbers_selects_nothing_with_oscars_message(superuser_client, url, data):
    response = superuser_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert any(m.startswith("You need to select some") for m in messages_of(response))


@pytest.mark.parametrize("status", ["abc", "", "7", "1.5"])
def test_a_review_status_that_is_not_one_of_oscars_is_refused_with_a_message(superuser_client, review, status):
    response = superuser_client.post("/dashboard/reviews/", {
        "action": "update_selected_review_status", "selected_review": review.pk, "status": status}, follow=True)
    assert response.status_code == 200
    assert "Choose the status to give the selected reviews." in messages_of(response)
    review.refresh_from_db()
    assert review.status == ProductReview.FOR_MODERATION


def test_staff_still_approve_reviews_in_bulk(superuser_client, review):
    superuser_client.post("/dashboard/reviews/", {
        "action": "update_selected_review_status", "selected_review": review.pk,
        "status": ProductReview.APPROVED})
    review.refresh_from_db()
    assert review.status == ProductReview.APPROVED


@pytest.mark.parametrize("url", ["/dashboard/orders/", "/dashboard/reviews/", "/dashboard/users/"])
def test_the_lists_keep_oscars_access_checks(client, customer_client, url):
    assert customer_client.get(url).status_code == 403  # signed in, not staff: Oscar's answer
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/dashboard/login/")


@pytest.fixture
def order_of_dana(customer_client, django_user_model):
    return create_order(number="BB000777", user=django_user_model.objects.get(username="dana"))


def test_an_order_line_has_no_page_of_its_own(customer_client, order_of_dana):
    line = order_of_dana.lines.first()
    assert customer_client.get(f"/accounts/orders/{order_of_dana.number}/{line.pk}/").status_code == 405


def test_reordering_an_unknown_line_is_404(customer_client, order_of_dana):
    response = customer_client.post(f"/accounts/orders/{order_of_dana.number}/999999/", {"action": "reorder"})
    assert response.status_code == 404


def test_reordering_a_line_still_works(customer_client, order_of_dana):
    line = order_of_dana.lines.first()
    response = customer_client.post(f"/accounts/orders/{order_of_dana.number}/{line.pk}/", {"action": "reorder"})
    assert response.status_code == 302


ADDRESS = {"first_name": "Dana", "last_name": "Scully", "line1": "1 Main St", "line4": "Ottawa",
           "state": "ON", "postcode": "K1A 0B1", "country": "CA", "phone_number": "+16135550100"}


@pytest.fixture
def canada(db):
    get_model("address", "Country").objects.update_or_create(
        iso_3166_1_a2="CA", defaults={"name": "Canada", "printable_name": "Canada", "is_shipping_country": True})


def test_the_same_address_saved_twice_at_once_is_refused_with_a_message(customer_client, canada, monkeypatch):
    from oscar.core.loading import get_class

    UserAddressForm = get_class("address.forms", "UserAddressForm")
    assert customer_client.post("/accounts/addresses/add/", ADDRESS).status_code == 302
    # The second request's duplicate check ran before the first one's row existed.
    monkeypatch.setattr(UserAddressForm, "validate_unique", lambda self: None)
    monkeypatch.setattr(UserAddressForm, "clean", lambda self: self.cleaned_data)
    response = customer_client.post("/accounts/addresses/add/", ADDRESS)
    assert response.status_code == 400  # a refused address is bad input (bodybest/accounts.py)
    assert "This address is already in your address book." in response.content.decode()
    assert get_model("address", "UserAddress").objects.count() == 1
