"""Every value the checkout saves must fit the column that keeps it, and is refused with a
message and a 400 before any card is touched: a guest email of 255-320 characters (Django's
limit) used to pass, be authorised, then fail the order."""
import pytest
from oscar.core.loading import get_model

from checkout.models import CardPayment
from tests.checkout.buying import ADDRESS, pay, place_order, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")


def _email(length):
    domain = "@example.ca"
    return "a" * (length - len(domain)) + domain


def _nothing_charged(fake_stripe):
    assert fake_stripe.intents() == []
    assert not CardPayment.objects.exists() and not Order.objects.exists()


@pytest.mark.parametrize("length", [255, 300, 320])
def test_a_guest_email_longer_than_the_order_keeps_is_refused_before_any_payment(
        client, fake_stripe, length):
    client.post(f"/basket/add/{weighed_product('200.00').pk}/", {"quantity": 1})
    response = client.post("/checkout/", {"username": _email(length), "options": "anonymous"})
    assert response.status_code == 400
    assert "Enter an email address of at most 254 characters." in response.content.decode()
    # The shopper cannot go on without an email the order can keep.
    assert client.post("/checkout/shipping-address/", ADDRESS)["Location"] == "/checkout/"
    assert pay(client, fake_stripe).status_code == 302
    _nothing_charged(fake_stripe)


def test_a_guest_email_of_exactly_254_characters_gets_its_order(client, fake_stripe):
    email = _email(254)
    ready_to_pay(client, weighed_product("200.00"), email=email)
    place_order(client, fake_stripe)
    assert Order.objects.get().guest_email == email


@pytest.mark.parametrize("field, value, message", [
    ("first_name", "M" * 256, "at most 255 characters"),
    ("last_name", "T" * 256, "at most 255 characters"),
    ("line1", "1" * 256, "at most 255 characters"),
    ("line2", "2" * 256, "at most 255 characters"),
    ("line4", "M" * 256, "at most 255 characters"),
    ("postcode", "H" * 65, "at most 64 characters"),
    ("phone_number", "514 555 0199" + "9" * 120, "at most 128 characters"),
    ("notes", "Leave it at the back door. " * 40, "Keep the instructions to 1000 characters."),
])
def test_an_address_value_that_does_not_fit_is_refused_with_a_message(
        client, fake_stripe, field, value, message):
    client.post(f"/basket/add/{weighed_product('200.00').pk}/", {"quantity": 1})
    client.post("/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    response = client.post("/checkout/shipping-address/", {**ADDRESS, field: value})
    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors[field]), (
        response.context["form"].errors)
    assert pay(client, fake_stripe).status_code == 302  # back to the address step
    _nothing_charged(fake_stripe)


@pytest.mark.parametrize("field", ["first_name", "line1", "line4", "phone_number", "notes"])
def test_an_address_value_with_a_null_character_is_refused(client, fake_stripe, field):
    client.post(f"/basket/add/{weighed_product('200.00').pk}/", {"quantity": 1})
    client.post("/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    response = client.post("/checkout/shipping-address/", {**ADDRESS, field: "Ma\x00rie"})
    assert response.status_code == 400
    assert pay(client, fake_stripe).status_code == 302
    _nothing_charged(fake_stripe)


def test_instructions_of_1000_characters_are_kept(client, fake_stripe):
    notes = "x" * 1000
    ready_to_pay(client, weighed_product("200.00"), address={**ADDRESS, "notes": notes})
    place_order(client, fake_stripe)
    assert Order.objects.get().shipping_address.notes == notes


def test_a_session_holding_an_email_too_long_is_refused_at_pay_before_stripe(client, fake_stripe):
    """A session saved before this check existed (sessions outlive a deploy)."""
    ready_to_pay(client, weighed_product("200.00"))
    session = client.session
    session["checkout_data"]["guest"]["email"] = _email(300)
    session.save()
    response = pay(client, fake_stripe)
    assert response.status_code == 400
    assert "email address must be at most 254 characters" in response.json()["message"]
    _nothing_charged(fake_stripe)


def test_an_address_book_entry_with_instructions_too_long_is_sent_back_to_the_form(
        client, django_user_model, fake_stripe):
    from oscar.apps.address.models import Country, UserAddress

    user = django_user_model.objects.create_user("eve", "eve@example.ca", "pw-eve-1991")
    client.force_login(user)
    entry = UserAddress.objects.create(
        user=user, country=Country.objects.get(pk="CA"), first_name="Eve", last_name="Roy",
        line1="1 Main St", line4="Halifax", state="NS", postcode="B3H 1A1",
        phone_number="+19025550100", notes="Ring twice. " * 100)
    client.post(f"/basket/add/{weighed_product('50.00').pk}/", {"quantity": 1})
    response = client.post("/checkout/shipping-address/", {"address_id": entry.pk, "action": "ship_to"})
    assert response.status_code == 400 and "notes" in response.context["form"].errors
    _nothing_charged(fake_stripe)
