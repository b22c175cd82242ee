"""A shopper in Chromium finds a gun cheaper elsewhere and asks from the product page; staff
approve it in the dashboard; the shopper's mail has the code, and its link puts the gun in the
basket at the matched price."""
import re
from decimal import Decimal as D

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from catalog.price_match.models import PriceMatchRequest
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _log_in(page, base, url, username, password, button):
    page.goto(base + url)
    page.get_by_label(re.compile("Username|Email address")).first.fill(username)
    page.get_by_label("Password").first.fill(password)
    page.get_by_role("button", name=button).first.click()


def test_shopper_asks_staff_approve_and_the_basket_shows_the_matched_price(
        page, browser, live_server, search_index, seeded_store, django_user_model, axe_check):
    base = live_server.url
    gun = factories.product(title="Northpoint Pro gun", price=D("299.00"), with_image=False)
    django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991", first_name="Ada",
                                          last_name="Lovelace")
    staffer = django_user_model.objects.create_user("staffer", "staffer@bodybest.ca", "pw-staff-1991", is_staff=True)
    staffer.groups.add(Group.objects.get(name="Customer service"))  # its role (bodybest/roles.py)

    _log_in(page, base, "/accounts/login/", "ada@example.ca", "pw-ada-1991", "Log In")
    page.goto(base + gun.get_absolute_url())
    expect(page.get_by_role("heading", name="Price Match Assurance")).to_be_visible()
    page.get_by_text("Found it cheaper?").click()
    expect(page.get_by_label("Your email address")).to_have_value("ada@example.ca")
    page.get_by_label("Competitor").fill("Massage Supply Co.")
    page.get_by_label("Link to their product page").fill("https://www.massagesupply.ca/northpoint-pro")
    page.get_by_label("Their price (CAD, before tax)").fill("279.00")
    page.get_by_label("Their shipping charge (CAD, 0 if free)").fill("0.00")
    page.get_by_label(re.compile("It is the identical item")).check()
    axe_check(page)
    page.get_by_role("button", name="Ask for a price match").click()
    expect(page.get_by_text("We have your price match request")).to_be_visible()
    match = PriceMatchRequest.objects.get()
    assert match.status == "pending" and match.difference == D("20.00")  # free shipping over $250

    staff = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    _log_in(staff, base, "/dashboard/login/", "staffer@bodybest.ca", "pw-staff-1991", "Login")
    staff.goto(base + "/dashboard/price-match/")
    staff.locator(f'tr[data-match="{match.pk}"]').get_by_role("button", name=re.compile(r"^Approve \$20\.00")).click()
    expect(staff.get_by_role("alert")).to_contain_text(f"Price match #{match.pk}")
    staff.context.close()

    match.refresh_from_db()
    approval = next(m for m in mail.outbox if m.to == ["ada@example.ca"])
    assert match.voucher.code in approval.body
    link = re.search(r"http://[^/\s]+(/price-match/apply/[^\s]+/)", approval.body).group(1)
    page.goto(base + link)
    expect(page.get_by_text(f"Price match code {match.voucher.code} applied")).to_be_visible()
    expect(page.locator("body")).to_contain_text("Northpoint Pro gun")
    expect(page.locator("body")).to_contain_text("$279.00")  # 299.00 less the 20.00 match
    axe_check(page)
    page.goto(base + "/price-match/mine/")
    expect(page.locator("body")).to_contain_text("Approved")
    axe_check(page)


def test_a_guest_asks_and_confirms_by_the_link_mailed_to_them_before_staff_see_it(
        page, live_server, search_index, seeded_store, axe_check):
    base = live_server.url
    gun = factories.product(title="Northpoint Pro gun", price=D("299.00"), with_image=False)

    page.goto(base + gun.get_absolute_url())
    page.get_by_text("Found it cheaper?").click()
    page.get_by_label("Competitor").fill("Massage Supply Co.")
    page.get_by_label("Link to their product page").fill("https://www.massagesupply.ca/northpoint-pro")
    page.get_by_label("Their price (CAD, before tax)").fill("279.00")
    page.get_by_label(re.compile("It is the identical item")).check()
    page.get_by_label("Your name").fill("Ada Lovelace")
    page.get_by_label("Your email address").fill("ada@example.ca")
    page.get_by_role("button", name="Ask for a price match").click()
    expect(page.get_by_text("open the link we have just mailed to ada@example.ca")).to_be_visible()
    match = PriceMatchRequest.objects.get()
    assert match.verified is None  # not in the staff queue yet

    confirm = next(m for m in mail.outbox if m.to == ["ada@example.ca"])
    link = re.search(r"http://[^/\s]+(/price-match/confirm/[^\s]+/)", confirm.body).group(1)
    page.goto(base + link)
    expect(page.locator(".alert-success")).to_contain_text("is confirmed and with our staff")
    expect(page.get_by_role("link", name="Sign in or create an account")).to_be_visible()
    axe_check(page)
    match.refresh_from_db()
    assert match.verified and match.user is None
