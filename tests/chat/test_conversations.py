"""Chat with us (bodybest/chat/): a shopper's messages and staff's answers stored and streamed,
only to their own conversation, with bad input refused and the away shopper mailed."""
import json
from unittest import mock
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import connection
from django.test import Client

from bodybest.chat import conversations, hours
from bodybest.chat.models import Conversation, Message

pytestmark = pytest.mark.django_db
EASTERN = ZoneInfo("America/Toronto")
TUESDAY_NOON = datetime(2026, 12, 1, 12, 0, tzinfo=EASTERN)
TUESDAY_NIGHT = datetime(2026, 12, 1, 22, 0, tzinfo=EASTERN)


@pytest.fixture
def open_now(monkeypatch):
    monkeypatch.setattr("bodybest.chat.views.timezone.now", lambda: TUESDAY_NOON)


@pytest.fixture
def closed_now(monkeypatch):
    monkeypatch.setattr("bodybest.chat.views.timezone.now", lambda: TUESDAY_NIGHT)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="frida", email="frida@bodybest.ca",
                                                 password="pw-staff-1991", first_name="Frida", is_staff=True)


def send(client, text="Do you ship massage tables to Whitehorse?", **extra):
    return client.post("/chat/send/", {"text": text, "page": "/catalogue/tables/", "title": "Tables", **extra})


def events(client, public_id, count, after=None):
    headers = {"HTTP_LAST_EVENT_ID": str(after)} if after is not None else {}
    response = client.get(f"/chat/c/{public_id}/events/", **headers)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/event-stream")
    chunks, stream = [], iter(response.streaming_content)
    while len([c for c in chunks if b"event: message" in c]) < count:
        chunks.append(next(stream))
    # As a browser leaving. The test's database connection stays open, as the test client
    # keeps it for a response read to its end (closing one early would close it).
    with mock.patch.object(connection, "close_if_unusable_or_obsolete"):
        response.close()
    return [json.loads(c.split(b"data: ", 1)[1]) for c in chunks if b"event: message" in c]


def test_the_hours_say_open_closed_and_when_we_are_back_on_both_coasts():
    table = hours.USUAL
    assert hours.status(TUESDAY_NOON, table).open
    closed = hours.status(TUESDAY_NIGHT, table)
    assert not closed.open and closed.back_at == datetime(2026, 12, 2, 9, 0, tzinfo=EASTERN)
    assert hours.back_at_text(closed.back_at, TUESDAY_NIGHT) == "tomorrow at 9:00 ET (6:00 PT)"
    # Christmas (Friday) and Boxing Day (Saturday, its day off moved to Monday the 28th) are
    # statutory holidays: closed from Christmas Eve's evening to Tuesday the 29th.
    christmas_eve = datetime(2026, 12, 24, 18, 0, tzinfo=EASTERN)
    assert hours.status(christmas_eve, table).back_at == datetime(2026, 12, 29, 9, 0, tzinfo=EASTERN)
    assert hours.weekly_lines(table)[0] == ("Monday", "9:00–17:00 ET (6:00–14:00 PT)")


def test_a_visitor_asks_in_hours_without_giving_a_name_and_reads_it_back_after_a_reload(client, open_now):
    response = send(client)
    assert response.status_code == 201
    conversation = Conversation.objects.get()
    assert not conversation.is_ticket and conversation.page_url == "/catalogue/tables/"
    assert conversation.waiting_since is not None
    state = client.get("/chat/state/").json()
    assert state["open"] and state["conversation"]["id"] == conversation.public_id
    assert [m["text"] for m in state["messages"]] == ["Do you ship massage tables to Whitehorse?"]


def test_staff_answers_reach_the_open_stream_and_a_reconnect_misses_nothing(client, open_now, staff):
    send(client)
    conversation = Conversation.objects.get()
    first = Message.objects.get()
    conversations.staff_says(conversation=conversation, user=staff, text="Yes, by Canada Post, 5-8 days.")
    shown = events(client, conversation.public_id, 2)
    assert [m["sender"] for m in shown] == ["shopper", "staff"] and shown[1]["author"] == "Frida"
    # Reconnecting after the first message (the browser sends Last-Event-ID): only what followed.
    again = events(client, conversation.public_id, 1, after=first.pk)
    assert [m["text"] for m in again] == ["Yes, by Canada Post, 5-8 days."]
    conversation.refresh_from_db()
    assert conversation.waiting_since is None and conversation.shopper_read_up_to == shown[1]["id"]


def test_another_visitor_cannot_open_a_conversation_by_its_id(client, open_now, django_user_model):
    send(client)
    public_id = Conversation.objects.get().public_id
    assert Client().get(f"/chat/c/{public_id}/events/").status_code == 404
    customer = django_user_model.objects.create_user(username="c", email="c@example.com", password="pw-cust-1991")
    signed_in = Client()
    signed_in.force_login(customer)
    assert signed_in.get(f"/chat/c/{public_id}/events/").status_code == 404
    assert signed_in.get("/chat/state/").json()["conversation"] is None
    assert Client().get("/chat/c/not-an-id/events/").status_code == 404


@pytest.mark.parametrize("text, message", [
    ("", "Type a message first."),
    ("   \n ", "Type a message first."),
    ("x" * 2001, "Keep a message to 2,000 characters"),
    ("hello\x00there", "control characters"),
])
def test_bad_messages_are_refused_with_a_message_and_nothing_is_stored(client, open_now, text, message):
    response = send(client, text=text)
    assert response.status_code == 400
    # A NUL anywhere in a form is refused before any view by bodybest's guard, with its own page.
    assert message in (response.json()["error"] if "\x00" not in text else "control characters")
    assert not Conversation.objects.exists() and not Message.objects.exists()


def test_outside_hours_a_visitor_must_leave_a_name_and_email_and_it_becomes_a_ticket(client, closed_now):
    state = client.get("/chat/state/").json()
    assert not state["open"] and state["contactRequired"] and "9:00 ET (6:00 PT)" in state["backAt"]
    refused = send(client)
    assert refused.status_code == 400 and "name and email" in refused.json()["error"]
    bad_email = send(client, name="Ann", email="ann-at-example")
    assert bad_email.status_code == 400 and not Conversation.objects.exists()
    assert send(client, name="Ann Roy", email="ann@example.com").status_code == 201
    assert Conversation.objects.get().is_ticket


def test_staff_answer_is_mailed_once_with_a_link_back_when_the_shopper_has_left(
        client, open_now, staff, django_capture_on_commit_callbacks):
    send(client, name="Ann Roy", email="ann@example.com")
    conversation = Conversation.objects.get()
    Conversation.objects.filter(pk=conversation.pk).update(shopper_seen=TUESDAY_NOON.replace(hour=11))
    with django_capture_on_commit_callbacks(execute=True):
        conversations.staff_says(conversation=conversation, user=staff, text="Yes: 5 to 8 business days.")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ann@example.com"]
    body = mail.outbox[0].body
    assert "Yes: 5 to 8 business days." in body
    link = next(word for word in body.split() if "/chat/back/" in word)
    path = link.split("://", 1)[1].split("/", 1)[1]
    stranger = Client()
    response = stranger.get("/" + path)
    assert response.status_code == 302 and response["Location"] == "/chat/conversation/"
    page = stranger.get("/chat/conversation/").content.decode()
    assert "Do you ship massage tables to Whitehorse?" in page and "Yes: 5 to 8 business days." in page
    assert Client().get("/chat/back/forged-token/").status_code == 404


def test_staff_answer_is_not_mailed_while_the_panel_is_open(
        client, open_now, staff, django_capture_on_commit_callbacks):
    send(client, name="Ann Roy", email="ann@example.com")
    conversation = Conversation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        conversations.staff_says(conversation=conversation, user=staff, text="Hello Ann!",
                                 now=conversation.shopper_seen)
    assert mail.outbox == []


def test_a_conversation_another_staff_member_claimed_is_not_answered_twice(client, open_now, staff,
                                                                           django_user_model):
    send(client)
    conversation = Conversation.objects.get()
    other = django_user_model.objects.create_user(username="omar", password="pw-staff-1992", is_staff=True)
    conversations.claim(conversation=conversation, user=staff)
    with pytest.raises(conversations.ChatRefused, match="frida is answering"):
        conversations.staff_says(conversation=conversation, user=other, text="Me too")
    conversations.claim(conversation=conversation, user=other, take_over=True)
    conversations.staff_says(conversation=conversation, user=other, text="Taking over")
    assert Message.objects.filter(sender="staff").count() == 1


def test_sending_is_limited_per_visitor(client, open_now, settings):
    settings.CHAT_RATE_VISITOR = "3/m"
    assert [send(client).status_code for _ in range(4)] == [201, 201, 201, 429]
    assert Message.objects.count() == 3


def test_sending_needs_the_csrf_token(open_now):
    strict = Client(enforce_csrf_checks=True)
    assert send(strict).status_code == 403 and not Message.objects.exists()


def test_a_message_is_kept_when_redis_is_down_and_the_stream_reads_it_from_the_database(
        client, open_now, settings, django_capture_on_commit_callbacks, caplog):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)
    assert response.status_code == 201 and Message.objects.count() == 1
    assert "Error calling" in caplog.text  # the nudge after the commit failed, and only it
    shown = events(client, Conversation.objects.get().public_id, 1)
    assert [m["text"] for m in shown] == ["Do you ship massage tables to Whitehorse?"]


def test_markup_in_a_message_or_name_is_shown_as_text_and_links_are_safe(client, open_now):
    send(client, text='<script>alert(1)</script> see https://example.com/x and javascript:alert(2)',
         name='<img src=x onerror=alert(3)>', email="ann@example.com")
    page = client.get("/chat/conversation/").content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<a href="https://example.com/x" rel="nofollow">' in page
    assert 'href="javascript:' not in page
    assert Message.objects.get().text.startswith("<script>")  # stored as typed, escaped when shown


def test_a_page_address_off_our_site_is_not_kept(client, open_now):
    send(client, page="javascript:alert(1)")
    assert Conversation.objects.get().page_url == ""
    send(client, page="//evil.example/x")
    assert Conversation.objects.get().page_url == ""
