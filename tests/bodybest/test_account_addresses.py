"""The account pages' address book (/accounts/addresses/) keeps to the checkout's Canadian
address rules: a province of the 13, a postal code of that province, no third line, our words."""
import pytest
from oscar.apps.address.models import Country, UserAddress

pytestmark = pytest.mark.django_db
GOOD = {"first_name": "Bo", "last_name": "Li", "line1": "1 Main St", "line2": "Unit 4",
        "line4": "Halifax", "state": "NS", "postcode": "b3h 1a1", "phone_number": "902 555 0100"}


@pytest.fixture
def customer(client, django_user_model):
    user = django_user_model.objects.create_user("bo", "bo@example.ca", "pw-bo-1991")
    client.force_login(user)
    return user


def test_adding_an_address_asks_for_a_canadian_one_in_our_words(client, customer):
    page = client.get("/accounts/addresses/add/").content.decode()
    assert "Province or territory" in page and "Postal code" in page
    assert "State/County" not in page and "Third line of address" not in page
    assert 'name="line3"' not in page and 'autocomplete="postal-code"' in page


def test_a_postal_code_of_another_province_is_refused_and_nothing_saved(client, customer):
    response = client.post("/accounts/addresses/add/", {**GOOD, "postcode": "K1A 0B1"})
    assert response.status_code == 400 and "postcode" in response.context["form"].errors
    assert not UserAddress.objects.exists()


def test_a_good_address_is_saved_as_the_checkout_would_ship_it(client, customer):
    assert client.post("/accounts/addresses/add/", GOOD).status_code == 302
    saved = UserAddress.objects.get(user=customer)
    assert (saved.state, saved.postcode, saved.country_id) == ("NS", "B3H 1A1", "CA")


def test_editing_joins_an_old_third_line_to_the_second_and_keeps_the_rules(client, customer):
    saved = UserAddress.objects.create(
        user=customer, country=Country.objects.get(pk="CA"), first_name="Bo", last_name="Li",
        line1="1 Main St", line2="Unit 4", line3="Rear entrance", line4="Halifax", state="NS",
        postcode="B3H 1A1", phone_number="+19025550100")
    url = f"/accounts/addresses/{saved.pk}/"
    assert 'value="Unit 4, Rear entrance"' in client.get(url).content.decode()
    assert client.post(url, {**GOOD, "state": "XX"}).status_code == 400
    assert client.post(url, {**GOOD, "line2": "Unit 4, Rear entrance"}).status_code == 302
    saved.refresh_from_db()
    assert (saved.line2, saved.line3) == ("Unit 4, Rear entrance", "")


def test_someone_elses_address_cannot_be_edited(client, customer, django_user_model):
    other = django_user_model.objects.create_user("al", "al@example.ca", "pw-al-1991")
    theirs = UserAddress.objects.create(
        user=other, country=Country.objects.get(pk="CA"), first_name="Al", last_name="Ng",
        line1="2 Main St", line4="Halifax", state="NS", postcode="B3H 1A1",
        phone_number="+19025550101")
    assert client.post(f"/accounts/addresses/{theirs.pk}/", GOOD).status_code == 404
    theirs.refresh_from_db()
    assert theirs.line1 == "2 Main St"
