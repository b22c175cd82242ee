"""A product whose price staff clear (its stock record's price set to nothing): shoppers who
have it in their basket still browse and check out the rest; the line is shown as not for
sale and cannot be paid for."""
import pytest
from oscar.core.loading import get_model

from checkout.models import CardPayment
from tests.checkout.buying import pay, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")


def _basket_with_one_unpriced(client):
    unpriced, other = weighed_product("200.00"), weighed_product("50.00")
    client.post(f"/basket/add/{unpriced.pk}/", {"quantity": 1})
    client.post(f"/basket/add/{other.pk}/", {"quantity": 1})
    unpriced.stockrecords.update(price=None)
    return unpriced, other


def test_the_basket_shows_the_unpriced_line_as_not_for_sale_and_totals_the_rest(client):
    unpriced, _ = _basket_with_one_unpriced(client)
    response = client.get("/basket/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Not for sale at the moment" in page
    assert f"&#x27;{unpriced.title}&#x27; is no longer available" in page
    assert response.context["basket"].total_excl_tax == 50


@pytest.mark.parametrize("path", ["/", "/catalogue/", "/basket/"])
def test_every_page_with_the_mini_basket_still_renders(client, path):
    _basket_with_one_unpriced(client)
    response = client.get(path)
    assert response.status_code == 200
    assert "$50.00" in response.content.decode()


def test_checkout_sends_the_shopper_back_to_the_basket_with_the_reason(client):
    unpriced, _ = _basket_with_one_unpriced(client)
    response = client.get("/checkout/", follow=True)
    assert response.redirect_chain[-1][0] == "/basket/"
    assert (f"{unpriced.title}&#x27; is no longer available to buy (it has no price at the moment)"
            in response.content.decode())


def test_a_price_cleared_on_the_review_page_charges_nothing(client, fake_stripe):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    gun.stockrecords.update(price=None)
    response = pay(client, fake_stripe)
    assert response.status_code == 302 and response["Location"] == "/basket/"
    assert not CardPayment.objects.exists() and fake_stripe.intents() == []
    assert not Order.objects.exists()


def test_a_price_cleared_during_3d_secure_releases_the_authorisation(client, fake_stripe):
    gun = weighed_product("200.00")
    ready_to_pay(client, gun)
    body = pay(client, fake_stripe, "3ds").json()
    gun.stockrecords.update(price=None)
    fake_stripe.authenticate(body["payment_intent"])
    done = client.post("/checkout/pay/", {"payment_intent": body["payment_intent"]})
    assert done.status_code == 402 and "basket changed" in done.json()["message"]
    assert fake_stripe.intent(body["payment_intent"])["status"] == "canceled"
    assert CardPayment.objects.get().status == CardPayment.CANCELED
    assert not Order.objects.exists()


def test_an_unpriced_product_cannot_be_added_to_a_basket(client):
    gun = weighed_product("200.00")
    gun.stockrecords.update(price=None)
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    assert client.get("/basket/").context["basket"].num_lines == 0
