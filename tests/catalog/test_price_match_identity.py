"""Price match requests and their vouchers belong to a proven identity: the account that asked
while signed in, or whoever opened the link mailed to the address a guest typed. An address
typed by a stranger, or an account merely registered with that address, gets nothing: no
request shown, no code usable, nobody blocked, nothing learnt about orders."""
import re
import time
from decimal import Decimal as D
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from catalog.price_match import confirmation, decisions
from catalog.price_match.models import PriceMatchRequest
from tests import factories

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")


@pytest.fixture
def gun():
    return factories.product(title="Northpoint Pro gun", price=D("199.00"), with_image=False)


@pytest.fixture
def staff(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("staffer", "staffer@bodybest.ca", "pw-staff-1991", is_staff=True)
    user.groups.add(Group.objects.get(name="Customer service"))  # price matches (bodybest/roles.py)
    return user


def browser():
    return Client(HTTP_HOST="localhost")


def form(**changes):
    return {"competitor_name": "Massage Supply Co.", "competitor_url": "https://www.massagesupply.ca/northpoint-pro",
            "competitor_price": "179.99", "competitor_shipping": "0.00", "identical": "on",
            "name": "Ada Lovelace", "email": "ada@example.ca", "order_number": "", **changes}


def ask(client, product, capture, **changes):
    with capture(execute=True):
        return client.post(f"/price-match/request/{product.pk}/", form(**changes))


def confirm_link(to):
    sent = [m for m in mail.outbox if m.to == [to] and m.subject == "Confirm your price match request"]
    assert sent, f"no confirmation link mailed to {to}"
    return re.search(r"https?://[^/\s]+(/price-match/confirm/[^\s]+/)", sent[-1].body).group(1)


def register(client, email):
    response = client.post("/accounts/register/", {"email": email, "password1": "a-long-passphrase-1991",
                                                   "password2": "a-long-passphrase-1991", "redirect_url": "/"})
    assert response.status_code == 302, response.content.decode()[:300]


def order_of(product, number, **owner):
    basket = Basket.objects.create()
    basket.strategy = Default()  # tax known (none): an order as it stands is all this needs
    basket.add_product(product)
    return create_order(number=number, basket=basket, **owner)


def basket_total(client):
    return client.get("/basket/").context["basket"].total_excl_tax


# A guest's request waits for the address to be confirmed


def test_a_guests_request_reaches_staff_only_once_the_link_mailed_to_the_address_is_opened(
        gun, staff, django_capture_on_commit_callbacks):
    guest = browser()
    response = ask(guest, gun, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert "open the link we have just mailed to ada@example.ca" in guest.get(response["Location"]).content.decode()
    match = PriceMatchRequest.objects.get()
    assert match.verified is None and match.user is None

    queue = browser()
    queue.force_login(staff)
    assert f'data-match="{match.pk}"' not in queue.get("/dashboard/price-match/").content.decode()
    with pytest.raises(decisions.Refused, match="not confirmed"):
        decisions.approve(match, staff)

    page = guest.get(confirm_link("ada@example.ca"))
    assert page.status_code == 200 and "is confirmed and with our staff" in page.content.decode()
    match.refresh_from_db()
    assert match.verified and match.email_confirmed and match.user is None
    assert f'data-match="{match.pk}"' in queue.get("/dashboard/price-match/").content.decode()


def test_a_signed_in_shopper_is_verified_at_once_and_written_to_at_their_accounts_address(
        gun, django_user_model, django_capture_on_commit_callbacks):
    shopper = browser()
    ada = django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991")
    shopper.force_login(ada)
    assert ask(shopper, gun, django_capture_on_commit_callbacks, email="someone-else@example.ca").status_code == 302
    match = PriceMatchRequest.objects.get()
    assert match.verified and match.user == ada and match.email == "ada@example.ca"
    assert mail.outbox == []  # nothing to confirm
    assert 'readonly maxlength="254"' in shopper.get(gun.get_absolute_url()).content.decode()


def test_a_link_altered_or_for_a_changed_address_is_refused_with_a_400(gun, django_capture_on_commit_callbacks):
    guest = browser()
    ask(guest, gun, django_capture_on_commit_callbacks)
    link = confirm_link("ada@example.ca")
    assert guest.get(link[:-3] + "xx/").status_code == 400
    assert guest.get("/price-match/confirm/nonsense/").status_code == 400
    PriceMatchRequest.objects.update(email="eve@example.ca")
    refused = guest.get(link)
    assert refused.status_code == 400 and "not valid, or has expired" in refused.content.decode()
    assert PriceMatchRequest.objects.get().verified is None


def test_a_link_works_until_the_request_could_no_longer_be_decided_and_its_code_used(
        gun, django_capture_on_commit_callbacks):
    guest = browser()
    ask(guest, gun, django_capture_on_commit_callbacks)
    match = PriceMatchRequest.objects.get()
    token = confirmation.token_for(match)
    days = 7 + 14  # the policy's decide-within days, then its voucher days
    with mock.patch("django.core.signing.time.time", return_value=time.time() + days * 86400 - 60):
        assert confirmation.match_for(token) == match
    with mock.patch("django.core.signing.time.time", return_value=time.time() + days * 86400 + 60):
        assert confirmation.match_for(token) is None


# Nobody can use or see another shopper's request


def test_registering_with_a_guests_address_shows_none_of_their_requests_and_their_code_is_no_use(
        gun, staff, django_capture_on_commit_callbacks):
    ada = browser()
    ask(ada, gun, django_capture_on_commit_callbacks)
    ada.get(confirm_link("ada@example.ca"))
    with django_capture_on_commit_callbacks(execute=True):
        match = decisions.approve(PriceMatchRequest.objects.get(), staff)
    code = match.voucher.code

    eve = browser()
    register(eve, "ada@example.ca")  # Oscar never checks that the address is hers
    mine = eve.get("/price-match/mine/").content.decode()
    assert code not in mine and "Northpoint Pro gun" not in mine
    applied = eve.get(f"/price-match/apply/{code}/", follow=True).content.decode()
    assert "not one of yours" in applied
    eve.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    eve.post("/basket/vouchers/add/", {"code": code})
    assert basket_total(eve) == D("199.00")


def test_the_guest_opens_the_link_while_signed_in_and_the_request_and_its_code_are_theirs(
        gun, staff, django_capture_on_commit_callbacks):
    ada = browser()
    ask(ada, gun, django_capture_on_commit_callbacks)
    link = confirm_link("ada@example.ca")
    assert "Sign in or create an account" in ada.get(link).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        match = decisions.approve(PriceMatchRequest.objects.get(), staff)

    register(ada, "ada.lovelace@example.ca")  # any address: the link is the proof
    assert "not one of yours" in ada.get(f"/price-match/apply/{match.voucher.code}/", follow=True).content.decode()
    assert "It is in your account" in ada.get(link).content.decode()
    assert match.voucher.code in ada.get("/price-match/mine/").content.decode()
    applied = ada.get(f"/price-match/apply/{match.voucher.code}/", follow=True).content.decode()
    assert f"Price match code {match.voucher.code} applied" in applied
    assert basket_total(ada) == D("199.00") - match.difference

    eve = browser()
    register(eve, "eve@example.ca")
    assert "belongs to another account" in eve.get(link).content.decode()  # a forwarded link moves nothing
    match.refresh_from_db()
    assert match.user.email == "ada.lovelace@example.ca"


# Nobody can block another shopper


def test_a_request_typed_in_someone_elses_name_blocks_nobody(gun, django_user_model,
                                                            django_capture_on_commit_callbacks):
    stranger = browser()
    assert ask(stranger, gun, django_capture_on_commit_callbacks).status_code == 302  # ada's address

    signed_in = browser()  # ada, signed in to her account
    signed_in.force_login(django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991"))
    assert ask(signed_in, gun, django_capture_on_commit_callbacks).status_code == 302

    guest = browser()  # or ada as a guest, proving the address by its link
    ask(guest, gun, django_capture_on_commit_callbacks)
    assert guest.get(confirm_link("ada@example.ca")).status_code == 200
    assert PriceMatchRequest.objects.verified().count() == 2
    assert PriceMatchRequest.objects.filter(verified__isnull=True).count() == 1  # the stranger's


def test_an_account_registered_with_someones_address_does_not_block_them_either(
        gun, django_user_model, django_capture_on_commit_callbacks):
    eve = browser()
    eve.force_login(django_user_model.objects.create_user("eve", "ada@example.ca", "pw-eve-2024"))
    assert ask(eve, gun, django_capture_on_commit_callbacks).status_code == 302

    ada = browser()
    ask(ada, gun, django_capture_on_commit_callbacks)
    assert ada.get(confirm_link("ada@example.ca")).status_code == 200


def test_the_owner_of_an_address_confirming_a_second_request_for_a_product_is_refused(
        gun, django_capture_on_commit_callbacks):
    ada = browser()
    ask(ada, gun, django_capture_on_commit_callbacks)
    first = confirm_link("ada@example.ca")
    ask(ada, gun, django_capture_on_commit_callbacks, competitor_price="175.00")
    second = confirm_link("ada@example.ca")
    assert ada.get(first).status_code == 200
    refused = ada.get(second)
    assert refused.status_code == 400 and "already have a price match" in refused.content.decode()
    assert PriceMatchRequest.objects.verified().count() == 1


def test_only_confirmed_requests_count_towards_the_email_rate_limit_of_a_signed_in_shopper(
        gun, django_user_model, settings, django_capture_on_commit_callbacks):
    settings.PRICE_MATCH_RATE_PER_EMAIL = "1/h"
    stranger = browser()
    ask(stranger, gun, django_capture_on_commit_callbacks, REMOTE_ADDR="198.51.100.9")
    ada = browser()
    ada.force_login(django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991"))
    assert ask(ada, gun, django_capture_on_commit_callbacks).status_code == 302


# Order numbers tell strangers nothing


def test_an_order_number_answers_the_same_whether_it_is_someone_elses_or_does_not_exist(
        gun, django_user_model, django_capture_on_commit_callbacks):
    ada = django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991")
    order_of(gun, "100042", user=ada, guest_email="")
    order_of(gun, "100043", guest_email="bo@example.ca")

    eve = browser()
    eve.force_login(django_user_model.objects.create_user("eve", "eve@example.ca", "pw-eve-2024"))
    answers = {number: ask(eve, gun, django_capture_on_commit_callbacks, order_number=number)
               for number in ("100042", "100043", "999999")}
    assert {r.status_code for r in answers.values()} == {400}
    reasons = {number: r.context["reasons"] for number, r in answers.items()}
    assert reasons["100042"] == reasons["100043"] == reasons["999999"]
    assert "could not find that order" in reasons["999999"][0]

    guest = browser()  # a guest typing bo's address and order number learns nothing either
    known = ask(guest, gun, django_capture_on_commit_callbacks, email="bo@example.ca", order_number="100043")
    unknown = ask(guest, gun, django_capture_on_commit_callbacks, email="bo2@example.ca", order_number="999999")
    assert known.status_code == unknown.status_code == 302
    assert PriceMatchRequest.objects.filter(order__isnull=False).count() == 0


def test_the_shopper_cites_their_own_order_signed_in_or_by_confirming_the_address_it_was_placed_with(
        gun, django_user_model, django_capture_on_commit_callbacks):
    ada = django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991")
    order_of(gun, "100042", user=ada, guest_email="")
    order_of(gun, "100043", guest_email="bo@example.ca")

    signed_in = browser()
    signed_in.force_login(ada)
    assert ask(signed_in, gun, django_capture_on_commit_callbacks, order_number="100042").status_code == 302
    assert PriceMatchRequest.objects.get(user=ada).order.number == "100042"

    bo = browser()
    ask(bo, gun, django_capture_on_commit_callbacks, name="Bo", email="bo@example.ca", order_number="100043")
    assert bo.get(confirm_link("bo@example.ca")).status_code == 200
    assert PriceMatchRequest.objects.get(email="bo@example.ca").order.number == "100043"

    ask(bo, factories.product(price=D("99.00"), with_image=False), django_capture_on_commit_callbacks,
        name="Bo", email="bo@example.ca", order_number="100042", competitor_price="95.00")
    refused = bo.get(confirm_link("bo@example.ca"))
    assert refused.status_code == 400 and "could not find that order" in refused.content.decode()
