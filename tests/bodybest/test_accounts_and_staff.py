import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def customer_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="dana", email="dana@example.ca", password="pw-dana-2024"
    )
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "url",
    ["/accounts/", "/accounts/orders/", "/accounts/addresses/", "/accounts/addresses/add/",
     "/accounts/profile/", "/accounts/wishlists/", "/accounts/alerts/"],
)
def test_customer_account_pages_work_in_the_theme(customer_client, url):
    response = customer_client.get(url, follow=True)
    assert response.status_code == 200
    assert "1-800 881 1681" in response.content.decode()


def test_a_customer_can_write_a_review(customer_client):
    product = factories.product()
    response = customer_client.post(
        f"/catalogue/{product.slug}_{product.pk}/reviews/add/",
        {"title": "Solid and quiet", "score": 5, "body": "Great for shoulders."},
    )
    assert response.status_code == 302
    assert product.reviews.count() == 1


@pytest.mark.parametrize("url", ["/dashboard/", "/dashboard/catalogue/", "/dashboard/orders/", "/dashboard/pages/"])
def test_only_staff_reach_the_dashboard(django_user_model, url):
    from django.test import Client

    staff = Client(HTTP_HOST="localhost")
    staff.force_login(django_user_model.objects.create_superuser(
        username="staffer", email="staffer@bodybest.ca", password="x-staff-1991"))
    customer = Client(HTTP_HOST="localhost")
    customer.force_login(django_user_model.objects.create_user(
        username="dana", email="dana@example.ca", password="x-dana-2024"))
    assert staff.get(url).status_code == 200
    refused = customer.get(url)
    assert refused.status_code in (302, 403)
    assert refused.status_code == 403 or refused["Location"].startswith("/dashboard/login/")
    anonymous = Client(HTTP_HOST="localhost").get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/dashboard/login/")


def test_staff_edit_a_store_page_and_shoppers_see_it(staff_client):
    from django.contrib.flatpages.models import FlatPage
    from django.test import Client

    staff_client.user.is_superuser = True
    staff_client.user.save()
    page = FlatPage.objects.get(url="/shipping/")
    response = staff_client.post(
        f"/dashboard/pages/update/{page.pk}/",
        {"title": "Shipping", "url": "/shipping/", "content": "<p>Now shipping from Laval too.</p>"},
    )
    assert response.status_code == 302
    shopper = Client(HTTP_HOST="localhost")  # staff_client is the `client` fixture itself
    assert "Now shipping from Laval too." in shopper.get("/shipping/").content.decode()


def test_adding_from_a_listing_card_puts_the_product_in_the_basket(client, search_index):
    category = factories.category("Massage guns")
    product = factories.product(in_category=category)
    search_index()
    page = client.get(category.get_absolute_url()).content.decode()
    assert f'action="/basket/add/{product.pk}/"' in page
    assert 'id="id_quantity"' not in page  # no repeated ids on a listing
    client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    assert client.get("/basket/").context["basket"].num_items == 1
