"""A staff member in Chromium on the price match queue: they log in through the dashboard, see
the pending requests with both landed prices, reject one with a reason, approve the other, and
find it under Approved with its code; the shoppers get their mails; axe finds nothing serious."""
import re
from decimal import Decimal as D

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from catalog.price_match.models import PriceMatchRequest
from tests import factories
from tests.browser.staff import log_in
from tests.catalog.test_price_match_staff import match_request

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def queue(live_server, django_user_model):
    staffer = django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991", is_staff=True)
    staffer.groups.add(Group.objects.get(name="Customer service"))  # its role (bodybest/roles.py)
    gun = factories.product(title="Northpoint Pro gun", price=D("199.00"), with_image=False)
    roller = factories.product(title="Glide foam roller", price=D("49.00"), with_image=False)
    to_approve = match_request(gun, name="Ada Lovelace", email="ada@example.ca", days_ago=1)
    to_reject = match_request(roller, name="Sam Okafor", email="sam@example.ca",
                              competitor_name="Rollers Direct", competitor_url="https://rollers.example.ca/glide",
                              our_price=D("49.00"), our_shipping=D("9.00"),
                              competitor_price=D("39.00"), competitor_shipping=D("0.00"))
    return live_server.url, to_approve, to_reject


def test_staff_reject_one_request_with_a_reason_and_approve_another(page, queue, axe_check):
    base, to_approve, to_reject = queue
    log_in(page, base)
    page.goto(base + "/dashboard/price-match/")
    expect(page.get_by_role("heading", name="Price matches")).to_be_visible()
    ada = page.locator(f'tr[data-match="{to_approve.pk}"]')
    sam = page.locator(f'tr[data-match="{to_reject.pk}"]')
    expect(ada).to_contain_text("Northpoint Pro gun")
    expect(ada).to_contain_text("ada@example.ca")
    expect(ada.locator('[data-field="difference"]')).to_have_text("$27.00")
    expect(ada.get_by_role("link", name=re.compile("^www.massagesupply.ca"))).to_have_attribute("target", "_blank")
    axe_check(page)

    sam.get_by_text("Reject…").click()
    axe_check(page)  # the reason's field, open
    sam.get_by_label("Reason, mailed to the shopper").fill("Their price is for the used roller.")
    sam.get_by_role("button", name=re.compile("^Reject and mail the reason")).click()
    expect(page.get_by_role("alert")).to_contain_text(f"Price match #{to_reject.pk} rejected")
    expect(sam).to_have_count(0)

    ada.get_by_role("button", name=re.compile(r"^Approve \$27\.00")).click()
    expect(page.get_by_role("alert")).to_contain_text(f"Price match #{to_approve.pk} approved: code PM-")
    expect(ada).to_have_count(0)
    expect(page.get_by_text("No price match request is waiting for a decision.")).to_be_visible()
    axe_check(page)

    page.get_by_role("link", name=re.compile("^Approved")).click()
    expect(ada.locator('[data-field="status"]')).to_have_text("Approved")
    to_approve.refresh_from_db()
    expect(ada.locator('[data-field="code"]')).to_have_text(to_approve.voucher.code)
    axe_check(page)

    assert to_approve.status == PriceMatchRequest.APPROVED
    to_reject.refresh_from_db()
    assert to_reject.status == PriceMatchRequest.REJECTED
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"ada@example.ca", "sam@example.ca"}
    assert to_approve.voucher.code in by_address["ada@example.ca"].body
    assert "Their price is for the used roller." in by_address["sam@example.ca"].body
