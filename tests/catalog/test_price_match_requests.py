"""Shoppers ask for a price match; an approval is a voucher for that product, that shopper, once."""
import io
from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from catalog.price_match import decisions
from catalog.price_match.models import Policy, PriceMatchRequest
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def gun():
    return factories.product(title="Northpoint Pro gun", price=D("199.00"), with_image=False)


def _form(**changes):
    data = {
        "competitor_name": "Massage Supply Co.", "competitor_url": "https://www.massagesupply.ca/northpoint-pro",
        "competitor_price": "179.99", "competitor_shipping": "0.00", "identical": "on",
        "name": "Ada Lovelace", "email": "ada@example.ca", "order_number": "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def _png(size=(40, 20)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "PNG")
    return SimpleUploadedFile("price.png", buffer.getvalue(), content_type="image/png")


def test_every_product_page_shows_the_promise_the_policy_link_and_the_form(client, gun):
    page = client.get(gun.get_absolute_url()).content.decode()
    assert "Price Match Assurance" in page and 'href="/price-match/"' in page
    assert "Found it cheaper?" in page and 'name="competitor_price"' in page
    policy = client.get("/price-match/").content.decode()
    assert "marketplaces and auction sites" in policy.lower() and "kijiji.ca" in policy
    assert "14 days" in policy and "60%" in policy


def test_a_signed_in_shopper_finds_name_and_email_filled_in(client, gun, django_user_model):
    user = django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991",
                                                 first_name="Ada", last_name="Lovelace")
    client.force_login(user)
    page = client.get(gun.get_absolute_url()).content.decode()
    assert 'value="ada@example.ca"' in page and 'value="Ada Lovelace"' in page


def test_a_good_request_is_stored_with_both_landed_prices_and_the_guest_is_asked_to_confirm(
        client, gun, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/price-match/request/{gun.pk}/", {**_form(), "screenshot": _png()})
    assert response.status_code == 302 and response["Location"] == gun.get_absolute_url()
    match = PriceMatchRequest.objects.get()
    assert match.status == "pending" and match.email == "ada@example.ca" and match.verified is None
    assert match.our_price == D("199.00") and match.their_landed == D("179.99")
    assert match.difference == match.our_landed - D("179.99")
    assert match.screenshot.name and "/media/" not in match.screenshot.path
    # No decision yet: only the link confirming the address, to that address.
    assert [(m.subject, m.to) for m in mail.outbox] == [("Confirm your price match request", ["ada@example.ca"])]
    assert "/price-match/confirm/" in mail.outbox[0].body


@pytest.mark.parametrize("changes, status, message", [
    ({"competitor_price": "abc"}, 400, "as a number"),
    ({"competitor_price": "-10"}, 400, "cannot be negative"),
    ({"competitor_price": "0"}, 400, "more than $0.00"),
    ({"competitor_price": "99999999"}, 400, "looks too high"),
    ({"competitor_shipping": "1.234"}, 400, "at most two decimals"),
    ({"competitor_url": "not a link"}, 400, "full address"),
    ({"competitor_url": "javascript:alert(document.cookie)"}, 400, "full address"),
    ({"competitor_url": "https://www.amazon.ca/dp/B0"}, 400, "such as amazon.ca"),
    ({"competitor_price": "249.00"}, 400, "is not lower than ours"),
    ({"competitor_price": "20.00"}, 400, "far below ours"),
    ({"identical": None}, 400, "identical item that is new and in stock"),
    ({"email": "not-an-email"}, 400, "Enter a valid email address"),
    ({"name": ""}, 400, "This field is required"),
])
def test_bad_requests_are_refused_with_the_reason_and_nothing_is_stored(client, gun, changes, status, message):
    response = client.post(f"/price-match/request/{gun.pk}/", _form(**changes))
    assert response.status_code == status
    assert message in response.content.decode()
    assert not PriceMatchRequest.objects.exists()


@pytest.mark.parametrize("upload, message", [
    (SimpleUploadedFile("price.png", b"<?php echo 1; ?>", content_type="image/png"), "Upload a valid image"),
    (SimpleUploadedFile("notes.txt", b"plain text", content_type="text/plain"), "Upload a valid image"),
])
def test_a_screenshot_that_is_not_an_image_is_refused(client, gun, upload, message):
    response = client.post(f"/price-match/request/{gun.pk}/", {**_form(), "screenshot": upload})
    assert response.status_code == 400 and message in response.content.decode()
    assert not PriceMatchRequest.objects.exists()


def test_an_oversized_screenshot_is_refused(client, gun):
    Policy.current()
    Policy.objects.update(screenshot_max_mb=1)
    big = SimpleUploadedFile("big.png", _png((1, 1)).read() + b"\0" * (1024 * 1024 + 1), content_type="image/png")
    response = client.post(f"/price-match/request/{gun.pk}/", {**_form(), "screenshot": big})
    assert response.status_code == 400 and "at most 1 MB" in response.content.decode()
    assert not PriceMatchRequest.objects.exists()


def test_an_unknown_or_unpublished_product_is_a_404(client, gun):
    assert client.post("/price-match/request/999999/", _form()).status_code == 404
    gun.is_public = False
    gun.save()
    assert client.post(f"/price-match/request/{gun.pk}/", _form()).status_code == 404


def test_a_clearance_product_is_not_eligible(client, gun):
    clearance = factories.category("Clearance")
    from oscar.core.loading import get_model

    get_model("catalogue", "ProductCategory").objects.create(product=gun, category=clearance)
    response = client.post(f"/price-match/request/{gun.pk}/", _form())
    assert response.status_code == 400 and "not eligible" in response.content.decode()


def test_one_match_per_shopper_per_product_per_window(client, gun, django_user_model):
    client.force_login(django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991"))
    assert client.post(f"/price-match/request/{gun.pk}/", _form()).status_code == 302
    again = client.post(f"/price-match/request/{gun.pk}/", _form())
    assert again.status_code == 400 and "already have a price match" in again.content.decode()
    PriceMatchRequest.objects.update(created=timezone.now() - timedelta(days=15))
    assert client.post(f"/price-match/request/{gun.pk}/", _form()).status_code == 302


def test_repeated_submissions_are_rate_limited_per_ip_and_per_email(client, gun, settings):
    settings.PRICE_MATCH_RATE_PER_IP = "3/h"
    codes = [client.post(f"/price-match/request/{gun.pk}/", _form(email=f"s{n}@example.ca"),
                         REMOTE_ADDR="198.51.100.4").status_code for n in range(4)]
    assert codes == [302, 302, 302, 429]
    settings.PRICE_MATCH_RATE_PER_IP = "100/h"
    settings.PRICE_MATCH_RATE_PER_EMAIL = "1/h"
    other = factories.product(price=D("150.00"), with_image=False)
    first = client.post(f"/price-match/request/{other.pk}/", _form(email="flood@example.ca", competitor_price="140.00"),
                        REMOTE_ADDR="198.51.100.5")
    second = client.post(f"/price-match/request/{gun.pk}/", _form(email="flood@example.ca"), REMOTE_ADDR="198.51.100.6")
    assert first.status_code == 302 and second.status_code == 429
    assert "try again later" in second.content.decode()
    assert PriceMatchRequest.objects.count() == 4


# The voucher: that product, that shopper, once, until it expires.

@pytest.fixture
def approved(gun, django_user_model, django_capture_on_commit_callbacks):
    shopper = django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991")
    staff = django_user_model.objects.create_user("staffer", "staff@bodybest.ca", "pw", is_staff=True)
    match = decisions.submit(gun, user=shopper, name="Ada", email="ada@example.ca",
                             competitor_name="Massage Supply Co.",
                             competitor_url="https://www.massagesupply.ca/x",
                             competitor_price=D("179.99"), competitor_shipping=D("0.00"))
    with django_capture_on_commit_callbacks(execute=True):
        match = decisions.approve(match, staff)
    return match, shopper


def _basket_total(client):
    return client.get("/basket/").context["basket"].total_excl_tax


def test_the_approval_mail_carries_the_code_and_a_link_that_applies_it(client, gun, approved):
    match, shopper = approved
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ada@example.ca"] and match.voucher.code in message.body
    assert match.voucher.code in message.alternatives[0][0]
    client.force_login(shopper)
    response = client.get(f"/price-match/apply/{match.voucher.code}/", follow=True)
    assert f"Price match code {match.voucher.code} applied" in response.content.decode()
    assert _basket_total(client) == D("199.00") - match.difference


def test_the_voucher_takes_nothing_off_other_products(client, gun, approved):
    match, shopper = approved
    client.force_login(shopper)
    other = factories.product(price=D("50.00"), with_image=False)
    client.post(f"/basket/add/{other.pk}/", {"quantity": 1})
    client.get(f"/price-match/apply/{match.voucher.code}/")
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})  # a second gun: only one is matched
    assert _basket_total(client) == D("50.00") + 2 * D("199.00") - match.difference


def test_another_shopper_cannot_use_the_code(client, gun, approved, django_user_model):
    match, _ = approved
    client.force_login(django_user_model.objects.create_user("eve", "eve@example.ca", "pw-eve-1991"))
    response = client.get(f"/price-match/apply/{match.voucher.code}/", follow=True)
    assert "not one of yours" in response.content.decode()
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    typed = client.post("/basket/vouchers/add/", {"code": match.voucher.code}, follow=True)
    assert "does not qualify for a voucher discount" in typed.content.decode()
    assert _basket_total(client) == D("199.00")


def test_a_guest_cannot_use_the_code(client, gun, approved):
    match, _ = approved
    response = client.get(f"/price-match/apply/{match.voucher.code}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    client.post("/basket/vouchers/add/", {"code": match.voucher.code})
    assert _basket_total(client) == D("199.00")


def test_an_expired_code_applies_nothing(client, gun, approved):
    match, shopper = approved
    match.voucher.end_datetime = timezone.now() - timedelta(minutes=1)
    match.voucher.save()
    client.force_login(shopper)
    response = client.get(f"/price-match/apply/{match.voucher.code}/", follow=True)
    assert "has expired" in response.content.decode()


def test_the_code_works_once(client, gun, approved, fake_stripe):
    from tests.checkout.buying import pay

    match, shopper = approved
    client.force_login(shopper)
    client.get(f"/price-match/apply/{match.voucher.code}/")
    from tests.checkout.buying import ADDRESS

    client.post("/checkout/shipping-address/", ADDRESS)
    client.post("/checkout/shipping-method/", {"method_code": "standard"})
    assert pay(client, fake_stripe).json()["status"] == "placed"
    match.voucher.refresh_from_db()
    assert match.voucher.num_orders == 1
    again = client.get(f"/price-match/apply/{match.voucher.code}/", follow=True)
    assert "already been used" in again.content.decode()


def test_rejection_mails_the_reason(gun, django_user_model, django_capture_on_commit_callbacks):
    staff = django_user_model.objects.create_user("staffer", "staff@bodybest.ca", "pw", is_staff=True)
    match = decisions.submit(gun, user=None, name="Bo", email="bo@example.ca", competitor_name="X",
                             competitor_url="https://x.example.ca/p", competitor_price=D("180.00"),
                             competitor_shipping=D("0.00"))
    match = decisions.confirm(match)  # Bo opened the link mailed to bo@example.ca
    with django_capture_on_commit_callbacks(execute=True):
        decisions.reject(match, staff, "Their listing is for the Mini model, not the Pro.")
    assert mail.outbox[0].to == ["bo@example.ca"]
    assert "Their listing is for the Mini model, not the Pro." in mail.outbox[0].body
    with pytest.raises(decisions.Refused):
        decisions.approve(match, staff)


def test_undecided_requests_expire(gun):
    match = decisions.submit(gun, user=None, name="Bo", email="bo@example.ca", competitor_name="X",
                             competitor_url="https://x.example.ca/p", competitor_price=D("180.00"),
                             competitor_shipping=D("0.00"))
    assert decisions.expire_stale() == 0
    PriceMatchRequest.objects.update(created=timezone.now() - timedelta(days=8))
    assert decisions.expire_stale() == 1
    match.refresh_from_db()
    assert match.status == "expired"


def test_signed_in_shoppers_see_their_requests_and_states(client, gun, approved):
    match, shopper = approved
    client.force_login(shopper)
    page = client.get("/price-match/mine/").content.decode()
    assert "Northpoint Pro gun" in page and "Approved" in page and match.voucher.code in page
    assert client.get("/accounts/").status_code in (200, 302)
    client.logout()
    assert client.get("/price-match/mine/").status_code == 302
