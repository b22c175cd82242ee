"""The checkout's first step (checkout/forms.py GatewayForm) and the address step's fields: a
guest starts without a password (the browser is never told one is required), a returning
customer must give one, and every field tells the browser what to fill in."""
import re
from html.parser import HTMLParser

import pytest
from axes.models import AccessAttempt
from oscar.apps.address.models import Country, UserAddress

from tests.checkout.buying import ADDRESS, weighed_product

pytestmark = pytest.mark.django_db
PASSWORD = "pw-returning-1991"


class Controls(HTMLParser):
    """The page's form controls (input, select, textarea) by name, and every element's id."""

    def __init__(self, html):
        super().__init__()
        self.controls, self.ids = {}, set()
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag in ("input", "select", "textarea") and attrs.get("name"):
            self.controls.setdefault(attrs["name"], attrs)


@pytest.fixture
def with_basket(client):
    client.post(f"/basket/add/{weighed_product('50.00').pk}/", {"quantity": 1})
    return client


def test_the_password_is_not_required_by_the_page_so_a_browser_lets_a_guest_through(with_basket):
    page = Controls(with_basket.get("/checkout/").content.decode())
    assert "required" not in page.controls["password"]
    assert page.controls["password"]["autocomplete"] == "current-password"
    assert page.controls["username"]["autocomplete"] == "email"
    assert page.controls["username"]["type"] == "email"


def test_a_guest_starts_with_no_password_at_all(with_basket):
    response = with_basket.post("/checkout/", {"username": "Sam@Example.ca", "options": "anonymous"})
    assert response.status_code == 302 and response["Location"] == "/checkout/shipping-address/"
    assert with_basket.session["checkout_data"]["guest"]["email"] == "Sam@example.ca"


def test_signing_in_without_a_password_is_refused_with_a_message_and_no_attempt_counted(
        with_basket, django_user_model):
    django_user_model.objects.create_user("sam", "sam@example.ca", PASSWORD)
    response = with_basket.post("/checkout/", {"username": "sam@example.ca", "options": "existing"})
    assert response.status_code == 400
    assert response.context["form"].errors["password"] == [
        "Enter your password to sign in, or choose to check out as a guest."]
    assert "_auth_user_id" not in with_basket.session and not AccessAttempt.objects.exists()
    page = response.content.decode()
    assert 'aria-invalid="true"' in page and 'id="id_password_error"' in page


def test_a_returning_customer_signs_in_with_their_password(with_basket, django_user_model):
    user = django_user_model.objects.create_user("sam", "sam@example.ca", PASSWORD)
    response = with_basket.post("/checkout/", {"username": "sam@example.ca", "password": PASSWORD,
                                               "options": "existing"})
    assert response.status_code == 302 and response["Location"] == "/checkout/shipping-address/"
    assert with_basket.session["_auth_user_id"] == str(user.pk)


def test_a_guest_using_an_address_with_an_account_is_asked_to_sign_in_in_our_words(
        with_basket, django_user_model):
    django_user_model.objects.create_user("sam", "sam@example.ca", PASSWORD)
    response = with_basket.post("/checkout/", {"username": "sam@example.ca", "options": "anonymous"})
    assert response.status_code == 400
    assert response.context["form"].errors["username"] == [
        "There is an account for this email address: enter its password to sign in, or use "
        "another address."]
    page = Controls(response.content.decode())
    assert page.controls["options"]["value"] == "anonymous"  # the first radio; the choice moved:
    assert re.search(r'<input[^>]*value="existing"[^>]*checked', response.content.decode())


def test_an_empty_choice_is_refused_in_our_words(with_basket):
    response = with_basket.post("/checkout/", {"username": "sam@example.ca"})
    assert response.status_code == 400
    assert response.context["form"].errors["options"] == ["Choose how you would like to check out."]


def test_a_new_customer_goes_to_registration_and_comes_back(with_basket):
    response = with_basket.post("/checkout/", {"username": "new@example.ca", "options": "new"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/register/?next=/checkout/shipping-address/")


def test_the_address_form_has_canadian_labels_autocomplete_and_no_third_line(with_basket):
    with_basket.post("/checkout/", {"username": "sam@example.ca", "options": "anonymous"})
    response = with_basket.get("/checkout/shipping-address/")
    page = Controls(response.content.decode())
    header = ("q", "next", "language")  # the search box and the language switcher
    assert {name: attrs.get("autocomplete") for name, attrs in page.controls.items()
            if name not in ("csrfmiddlewaretoken", "notes", *header)} == {
        "first_name": "given-name", "last_name": "family-name", "line1": "address-line1",
        "line2": "address-line2", "line4": "address-level2", "state": "address-level1",
        "postcode": "postal-code", "phone_number": "tel"}
    assert page.controls["phone_number"]["type"] == "tel"
    html = response.content.decode()
    labels = re.findall(r'<label for="id_(\w+)"[^>]*>\s*([^<]+?)\s*</label>', html)
    assert labels == [("first_name", "First name"), ("last_name", "Last name"),
                      ("line1", "Street address"), ("line2", "Apartment, suite or unit"),
                      ("line4", "City"), ("state", "Province or territory"),
                      ("postcode", "Postal code"), ("phone_number", "Phone number"),
                      ("notes", "Delivery instructions")]
    for oscar_words in ("Third line of address", "First line of address", "Who are you?"):
        assert oscar_words not in html


def test_a_refused_address_names_only_messages_that_exist_and_marks_its_fields(with_basket):
    with_basket.post("/checkout/", {"username": "sam@example.ca", "options": "anonymous"})
    response = with_basket.post("/checkout/shipping-address/", {**ADDRESS, "postcode": "K1A 0B1",
                                                                "line1": ""})
    assert response.status_code == 400
    html = response.content.decode()
    page = Controls(html)
    described = [target for attrs in page.controls.values()
                 for target in attrs.get("aria-describedby", "").split()]
    assert "id_postcode_error" in described and "id_line1_error" in described
    assert set(described) <= page.ids, set(described) - page.ids
    assert page.controls["postcode"]["aria-invalid"] == "true"
    assert page.controls["line1"]["aria-invalid"] == "true"
    assert "aria-invalid" not in page.controls["line4"]
    # The summary at the top names both fields, links to them and takes the focus.
    summary = re.search(r'<div class="alert alert-danger form-error-summary"[^>]*>(.*?)</div>', html, re.S)
    assert "autofocus" in summary.group(0)
    assert 'href="#id_line1"' in summary.group(1) and 'href="#id_postcode"' in summary.group(1)
    assert "2 things need another look" in summary.group(1)
    assert "require a valid postcode" not in html  # Oscar's second message about the same field


@pytest.fixture
def saved(client, django_user_model):
    """A signed-in customer with a basket and an address-book entry that has a third line."""
    user = django_user_model.objects.create_user("bo", "bo@example.ca", "pw-bo-1991")
    client.force_login(user)
    saved = UserAddress.objects.create(
        user=user, country=Country.objects.get(pk="CA"), first_name="Bo", last_name="Li",
        line1="1 Main St", line2="Unit 4", line3="Rear entrance", line4="Halifax", state="NS",
        postcode="B3H 1A1", phone_number="+19025550100")
    client.post(f"/basket/add/{weighed_product('50.00').pk}/", {"quantity": 1})
    return saved


def test_an_address_book_entry_with_a_third_line_keeps_it_in_the_second(client, saved):
    response = client.post("/checkout/shipping-address/", {"address_id": saved.pk, "action": "ship_to"})
    assert response.status_code == 302
    address = client.get("/checkout/shipping-method/").context["shipping_address"]
    assert (address.line2, address.line3) == ("Unit 4, Rear entrance", "")


def test_a_saved_address_edited_from_the_checkout_gets_the_same_canadian_rules(client, saved):
    url = f"/checkout/user-address/edit/{saved.pk}/"
    page = client.get(url).content.decode()
    controls = Controls(page).controls
    assert "line3" not in controls and "country" not in controls
    assert controls["line2"]["value"] == "Unit 4, Rear entrance"
    assert controls["line1"]["autocomplete"] == "address-line1"
    assert "State/County" not in page and "Third line of address" not in page

    data = {"first_name": "Bo", "last_name": "Li", "line1": "1 Main St", "line2": "Unit 4, Rear entrance",
            "line4": "Halifax", "state": "NS", "postcode": "K1A 0B1", "phone_number": "902 555 0100"}
    refused = client.post(url, data)
    assert refused.status_code == 400 and "postcode" in refused.context["form"].errors
    assert client.post(url, {**data, "postcode": "b3h 1a1"}).status_code == 302
    saved.refresh_from_db()
    assert (saved.line2, saved.line3, saved.postcode) == ("Unit 4, Rear entrance", "", "B3H 1A1")
