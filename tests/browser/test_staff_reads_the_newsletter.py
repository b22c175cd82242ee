"""A staff member in Chromium on the newsletter's dashboard pages: the figures of a mailing under
way fill in by themselves, a test mail reaches their inbox, and the subscribers table lists
who agreed to what; axe finds nothing serious on either page."""
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from blog.newsletter.models import ArticleSend, Delivery, Subscriber
from tests import factories
from tests.blog.newsletter.test_staff_pages import mailing, subscriber
from tests.browser.staff import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newsletter(live_server, django_user_model):
    staffer = django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991", is_staff=True)
    # Content sends the test mail, Customer service reads the subscribers (bodybest/roles.py).
    staffer.groups.add(*Group.objects.filter(name__in=["Content", "Customer service"]))
    # Published days ago, so saving them starts no mailing of its own (too old to be mailed).
    finished = factories.article(title="Foam rolling the calves", days_ago=9)
    under_way = factories.article(title="Easing a knot in the trapezius", days_ago=5)
    factories.article(title="Cupping for runners", days_ago=-3)
    mailing(finished, sent=8, failed=1, status=ArticleSend.DONE)
    send = mailing(under_way, sent=3, pending=7)
    subscriber("ola@example.ca", source_page="/blog/easing-a-knot/")
    subscriber("sam@example.ca", Subscriber.PENDING)
    return live_server.url, send


def test_staff_watch_a_mailing_finish_and_send_themselves_a_test(page, newsletter, axe_check):
    base, send = newsletter
    log_in(page, base)
    page.goto(base + "/dashboard/newsletter/")
    row = page.locator(f'tr[data-send="{send.pk}"]')
    expect(row).to_contain_text("3 of 10")
    expect(row.get_by_role("progressbar", name="Mailing of Easing a knot in the trapezius")).to_have_attribute(
        "aria-valuenow", "3")
    axe_check(page)

    Delivery.objects.filter(send=send).update(status=Delivery.SENT)
    ArticleSend.objects.filter(pk=send.pk).update(status=ArticleSend.DONE, finished=timezone.now())
    expect(row).to_contain_text("10 of 10", timeout=12000)  # polled, not reloaded
    expect(row.locator('[data-field="status"]')).to_have_text("Done")

    row.get_by_role("button", name=re.compile("^Send a test to me")).click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Test of “Easing a knot in the trapezius” sent to staffer@bodybest.ca")
    assert [message.subject for message in mail.outbox] == ["[Test] Easing a knot in the trapezius"]
    axe_check(page)


def test_staff_read_the_subscribers_and_their_consent(page, newsletter, axe_check):
    base, _ = newsletter
    log_in(page, base)
    page.goto(base + "/dashboard/newsletter/")
    page.get_by_role("link", name="All subscribers and their consent").click()
    expect(page.get_by_role("heading", name="Newsletter subscribers")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("ola@example.ca"))).to_contain_text("/blog/easing-a-knot/")
    axe_check(page)

    page.get_by_role("link", name=re.compile("^Waiting for confirmation")).click()
    expect(page.get_by_role("row", name=re.compile("sam@example.ca"))).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("ola@example.ca"))).to_have_count(0)
    axe_check(page)
