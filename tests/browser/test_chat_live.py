"""A shopper and a staff member chat in real time, in two Chromium contexts: the question appears
in the inbox without a reload, staff answer with a canned answer, the shopper reads it live and
answers back; the shopper leaves, staff answer again, the mail arrives with a link that opens
the conversation. axe finds nothing serious on the inbox and the conversation's page."""
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from bodybest.chat import hours
from bodybest.chat.models import CannedAnswer, Conversation
from bodybest.roles import CUSTOMER_SERVICE, sync_groups
from tests.browser.staff import STAFF_EMAIL, STAFF_PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def agent(django_user_model, monkeypatch):
    from django.utils import timezone

    monkeypatch.setattr("bodybest.chat.views.opening", lambda: (hours.Status(True, None), timezone.now()))
    sync_groups()
    user = django_user_model.objects.create_user(username="staffer", email=STAFF_EMAIL, password=STAFF_PASSWORD,
                                                 first_name="Frida", is_staff=True)
    user.groups.add(Group.objects.get(name=CUSTOMER_SERVICE))
    CannedAnswer.objects.create(title="Shipping times", text="Canada Post takes 2 to 8 business days.")
    django_user_model.objects.create_user(username="ann", email="ann@example.com", password="pw-ann-1991",
                                          first_name="Ann", last_name="Roy")
    return user


def test_a_shopper_and_staff_chat_live_and_the_answer_after_leaving_is_mailed(
        browser, page, desktop_page, live_server, agent, axe_check, settings):
    base, staff, shopper = live_server.url, desktop_page, page
    log_in(staff, base)
    staff.goto(base + "/dashboard/chat/")
    expect(staff.locator("#chat-waiting")).to_have_text("0")

    # A signed-in customer: no name or email asked, and the answer can reach them by mail.
    shopper.goto(base + "/accounts/login/")
    shopper.get_by_label(re.compile("Email address")).first.fill("ann@example.com")
    shopper.get_by_label("Password").first.fill("pw-ann-1991")
    shopper.get_by_role("button", name="Log In").first.click()
    expect(shopper).not_to_have_url(re.compile("/login/"))
    shopper.goto(base + "/shipping/")
    shopper.get_by_role("link", name="Chat with us").click()
    panel = shopper.get_by_role("dialog", name="Chat with us")
    expect(shopper.get_by_label("Your email")).to_be_hidden()
    shopper.get_by_label("Your message").fill("How long to ship a table to Halifax?")
    panel.get_by_role("button", name="Send").click()
    shopper_log = panel.get_by_role("log", name="Messages")
    expect(shopper_log).to_contain_text("How long to ship a table to Halifax?")

    # The inbox shows it without a reload: the badge, the row, the tab's title.
    expect(staff.locator("#chat-waiting")).to_have_text("1", timeout=3000)
    expect(staff.locator("#chat-rows")).to_contain_text("How long to ship a table to Halifax?")
    expect(staff).to_have_title(re.compile(r"^\(1\) "))
    axe_check(staff)

    staff.locator("#chat-rows").get_by_role("link", name="Ann Roy").click()
    expect(staff.locator("#chat-staff-log")).to_contain_text("How long to ship a table to Halifax?")
    expect(staff.get_by_text("On the page")).to_be_visible()
    expect(staff.get_by_text("Past orders")).to_be_visible()  # a customer: their orders are shown
    staff.get_by_label("Canned answer").select_option(label="Shipping times")
    expect(staff.get_by_label("Your answer")).to_have_value("Canada Post takes 2 to 8 business days.")
    axe_check(staff)
    staff.get_by_role("button", name="Send answer").click()
    expect(shopper_log).to_contain_text("Canada Post takes 2 to 8 business days.", timeout=2000)
    expect(shopper_log).to_contain_text("Frida of Body Best")
    expect(panel).to_contain_text("Frida is answering.")

    shopper.get_by_label("Your message").fill("Thank you! And to Iqaluit, like https://example.ca/iqaluit?")
    panel.get_by_role("button", name="Send").click()
    expect(staff.locator("#chat-staff-log")).to_contain_text("Thank you! And to Iqaluit", timeout=2000)
    # An address in a message is a link on staff's side too (static/bodybest/js/chat-text.js).
    expect(staff.locator("#chat-staff-log").get_by_role("link", name="https://example.ca/iqaluit")).to_have_attribute(
        "rel", "nofollow noopener noreferrer")

    # The shopper leaves; a staff answer now goes by mail, with a link back.
    shopper.context.close()
    settings.CHAT_AWAY_SECONDS = 0
    mail.outbox.clear()
    staff.get_by_label("Your answer").fill("Iqaluit takes 10 to 15 business days by Canada Post.")
    staff.get_by_role("button", name="Send answer").click()
    expect(staff.locator("#chat-staff-log")).to_contain_text("Iqaluit takes 10 to 15")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ann@example.com"]
    link = re.search(r"https?://\S+/chat/back/\S+/", mail.outbox[0].body).group(0)
    again = browser.new_context()
    try:
        reader = again.new_page()
        reader.goto(base + "/chat/back/" + link.split("/chat/back/", 1)[1])
        expect(reader).to_have_url(re.compile("/chat/conversation/$"))
        expect(reader.locator(".chat-transcript")).to_contain_text("Iqaluit takes 10 to 15 business days")
        axe_check(reader)
    finally:
        again.close()
    assert Conversation.objects.get().messages.count() == 4
