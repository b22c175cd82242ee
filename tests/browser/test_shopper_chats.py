"""A shopper chats from any page: the panel opens from the "Chat with us" button, a person's
answer arrives live, the conversation stays over a reload and a change of page, away hours ask
for a name and email and keep the typed text on a refusal, it works on a phone, and without
JavaScript the button is the contact page. axe finds nothing serious with the panel open."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from bodybest.chat import conversations, hours
from bodybest.chat.models import Conversation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
EASTERN = ZoneInfo("America/Toronto")


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="frida", email="frida@bodybest.ca",
                                                 password="pw-staff-1991", first_name="Frida", is_staff=True)


def hours_now(monkeypatch, open_now):
    """Open or away whatever the clock says (the live server runs in this process)."""
    def opening():
        from django.utils import timezone

        now = timezone.now()
        if open_now:
            return hours.Status(True, None), now
        return hours.Status(False, datetime(2030, 1, 1, 9, 0, tzinfo=EASTERN)), now

    monkeypatch.setattr("bodybest.chat.views.opening", opening)


def open_panel(page):
    page.get_by_role("link", name="Chat with us").click()
    panel = page.get_by_role("dialog", name="Chat with us")
    expect(panel).to_be_visible()
    return panel


def test_a_shopper_asks_and_reads_a_live_answer_over_a_reload_and_another_page(
        page, live_server, staff, monkeypatch, axe_check):
    hours_now(monkeypatch, open_now=True)
    page.goto(live_server.url + "/shipping/")
    panel = open_panel(page)
    expect(page.get_by_label("Your message")).to_be_focused()
    expect(panel).to_contain_text("We are here")
    expect(panel.get_by_role("link", name="1-800 881 1681")).to_have_attribute("href", "tel:+18008811681")
    page.get_by_label("Your message").fill("Do you ship massage tables to Whitehorse?")
    panel.get_by_role("button", name="Send").click()
    log = panel.get_by_role("log", name="Messages")
    expect(log).to_contain_text("Do you ship massage tables to Whitehorse?")
    expect(page.get_by_label("Your message")).to_have_value("")

    conversation = Conversation.objects.get()
    assert conversation.page_url == "/shipping/"
    conversations.staff_says(conversation=conversation, user=staff,
                             text="Yes: Canada Post, 5 to 8 business days. See https://bodybest.ca/shipping/")
    expect(log).to_contain_text("Frida of Body Best", timeout=2000)
    expect(log).to_contain_text("Canada Post, 5 to 8 business days")
    link = log.get_by_role("link", name="https://bodybest.ca/shipping/")
    expect(link).to_have_attribute("rel", "nofollow noopener noreferrer")
    axe_check(page)

    page.reload()
    expect(panel).to_be_visible()
    expect(log).to_contain_text("Do you ship massage tables to Whitehorse?")
    expect(log).to_contain_text("Canada Post, 5 to 8 business days")
    page.goto(live_server.url + "/contact/")
    expect(panel).to_be_visible()
    expect(log).to_contain_text("Canada Post, 5 to 8 business days")
    page.get_by_label("Your message").focus()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(page.get_by_role("link", name="Chat with us")).to_be_focused()


def test_away_a_shopper_leaves_a_name_and_email_and_the_question_becomes_a_ticket(
        page, live_server, monkeypatch, axe_check):
    hours_now(monkeypatch, open_now=False)
    page.goto(live_server.url + "/")
    panel = open_panel(page)
    expect(panel).to_contain_text("We are away")
    expect(panel).to_contain_text("9:00 ET (6:00 PT)")
    expect(panel.get_by_role("link", name="1-800 881 1681")).to_be_visible()
    page.get_by_label("Your message").fill("Is the Pro table in stock?")
    panel.get_by_role("button", name="Send").click()
    expect(panel.get_by_role("alert")).to_contain_text("name and email")
    expect(page.get_by_label("Your message")).to_have_value("Is the Pro table in stock?")
    axe_check(page)
    page.get_by_label("Your name").fill("Ann Roy")
    page.get_by_label("Your email").fill("ann@example.com")
    panel.get_by_role("button", name="Send").click()
    expect(panel.get_by_role("log", name="Messages")).to_contain_text("Is the Pro table in stock?")
    assert Conversation.objects.get().is_ticket


def test_on_a_phone_the_panel_takes_the_width_and_sends(browser, live_server, monkeypatch):
    hours_now(monkeypatch, open_now=True)
    context = browser.new_context(viewport={"width": 375, "height": 667})
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        panel = open_panel(page)
        assert panel.bounding_box()["width"] == 375
        page.get_by_label("Your message").fill("Hello from my phone")
        panel.get_by_role("button", name="Send").click()
        expect(panel.get_by_role("log", name="Messages")).to_contain_text("Hello from my phone")
    finally:
        context.close()


def test_without_javascript_the_button_leads_to_the_contact_page(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        page.get_by_role("link", name="Chat with us").click()
        expect(page).to_have_url(live_server.url + "/contact/")
    finally:
        context.close()
