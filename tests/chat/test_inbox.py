"""Staff's chat inbox (bodybest/chat/inbox.py): who waits longest first, search over transcripts,
replies, claims, close and reopen, opening hours; staff-only and by role; bad input refused."""
import html
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from bodybest.chat import conversations
from bodybest.chat.models import CannedAnswer, Conversation, Message, OpeningHours
from bodybest.roles import CONTENT, CUSTOMER_SERVICE, FULFILMENT, sync_groups

pytestmark = pytest.mark.django_db


def member(django_user_model, username, role):
    sync_groups()
    user = django_user_model.objects.create_user(username=username, email=f"{username}@bodybest.ca",
                                                 password="pw-staff-1991", first_name=username.title(),
                                                 is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def agent(django_user_model):
    return member(django_user_model, "frida", CUSTOMER_SERVICE)


def asked(text, minutes_ago, name="Ann Roy", email="ann@example.com"):
    conversation = conversations.start(user=None, name=name, email=email, language="en", is_ticket=False,
                                       page_url="/catalogue/", page_title="Catalogue", basket=None)
    conversations.shopper_says(conversation=conversation, text=text,
                               now=timezone.now() - timedelta(minutes=minutes_ago))
    return conversation


def page(response):
    return html.unescape(response.content.decode())


def test_the_inbox_lists_who_waited_longest_first_with_the_waiting_count(agent):
    _, client = agent
    asked("Newer question", 2, name="Ben")
    asked("Older question", 9, name="Cleo")
    answered = asked("Answered question", 20, name="Dev")
    conversations.staff_says(conversation=answered, user=agent[0], text="Done")
    shown = page(client.get("/dashboard/chat/"))
    assert shown.index("Cleo") < shown.index("Ben") < shown.index("Dev")
    assert 'data-waiting="2"' in shown and "9\xa0minutes" in shown


def test_search_finds_words_names_and_emails_in_every_transcript(agent):
    _, client = agent
    asked("Does the Pro table fold flat?", 3, name="Ben", email="ben@example.com")
    closed = asked("Hot stones heater voltage?", 5, name="Cleo", email="cleo@example.com")
    conversations.close(conversation=closed, user=agent[0])
    assert "Ben" in page(client.get("/dashboard/chat/?state=all&q=fold"))
    assert "Cleo" not in page(client.get("/dashboard/chat/?state=all&q=fold"))
    assert "Cleo" in page(client.get("/dashboard/chat/?state=all&q=cleo@example"))
    assert "No conversations here" in page(client.get("/dashboard/chat/?state=open&q=voltage"))


def test_staff_reply_claims_and_the_shopper_stops_waiting(agent):
    user, client = agent
    conversation = asked("Is the oil unscented?", 1)
    response = client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "reply", "text": "Yes, fully."})
    assert response.status_code == 302
    conversation.refresh_from_db()
    assert conversation.waiting_since is None and conversation.claimed_by == user
    assert conversation.messages.last().text == "Yes, fully." and conversation.messages.last().author_name == "Frida"


@pytest.mark.parametrize("data, message", [
    ({"action": "reply", "text": ""}, "Type a message first."),
    ({"action": "reply", "text": "x" * 2001}, "Keep a message to 2,000 characters"),
    ({"action": "dance"}, "Choose reply, claim"),
])
def test_bad_input_is_refused_with_a_message_and_nothing_is_stored(agent, data, message):
    _, client = agent
    conversation = asked("Hello?", 1)
    response = client.post(f"/dashboard/chat/{conversation.pk}/", data)
    assert response.status_code == 400 and message in page(response)
    assert conversation.messages.count() == 1


def test_a_colleagues_claim_is_named_and_taking_over_is_a_choice(agent, django_user_model):
    user, client = agent
    other, other_client = member(django_user_model, "omar", CUSTOMER_SERVICE)
    conversation = asked("Price match?", 1)
    other_client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "claim"})
    shown = page(client.get(f"/dashboard/chat/{conversation.pk}/"))
    assert "omar is answering." in shown and "Take over from omar" in shown
    refused = client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "reply", "text": "Me too"})
    assert refused.status_code == 400 and "omar is answering this conversation" in page(refused)
    assert "Me too" in page(refused)  # the typed answer is kept
    client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "take-over"})
    client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "reply", "text": "Taking it"})
    assert list(Message.objects.filter(sender="staff").values_list("text", flat=True)) == ["Taking it"]


def test_close_and_reopen_leave_a_note_and_are_refused_twice(agent):
    _, client = agent
    conversation = asked("Bye", 1)
    assert client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "close"}).status_code == 302
    again = client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "close"})
    assert again.status_code == 400 and "closed already" in page(again)
    client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "reopen"})
    notes = list(conversation.messages.filter(sender="note").values_list("text", flat=True))
    assert notes == ["Frida closed the conversation.", "Frida reopened the conversation."]


def test_canned_answers_are_offered_and_the_shopper_basket_and_orders_shown(agent, django_user_model):
    _, client = agent
    CannedAnswer.objects.create(title="Shipping times", text="Two to eight business days.")
    customer = django_user_model.objects.create_user(username="cust", email="cust@example.com", password="pw-c-1991")
    conversation = conversations.start(user=customer, name="", email="", language="fr", is_ticket=False,
                                       page_url="/fr/", page_title="Accueil",
                                       basket=[{"title": "Hot stones", "quantity": 2, "price": "40.00"}])
    conversations.shopper_says(conversation=conversation, text="Bonjour")
    shown = page(client.get(f"/dashboard/chat/{conversation.pk}/"))
    assert "Shipping times" in shown and "Two to eight business days." in shown
    assert "2 × Hot stones ($40.00)" in shown and "cust@example.com" in shown and "Past orders" in shown


def test_only_customer_service_and_owner_open_the_inbox(client, django_user_model):
    conversation = asked("Hi", 1)
    for role, allowed in ((CONTENT, False), (FULFILMENT, False), (CUSTOMER_SERVICE, True)):
        _, staff = member(django_user_model, role.split()[0].lower(), role)
        for url in ("/dashboard/chat/", f"/dashboard/chat/{conversation.pk}/", "/dashboard/chat/hours/"):
            assert staff.get(url).status_code == (200 if allowed else 403), (role, url)
    assert client.get("/dashboard/chat/").status_code == 302  # a visitor: the sign-in page
    customer = django_user_model.objects.create_user(username="c2", email="c2@example.com", password="pw-c-1991")
    client.force_login(customer)
    assert client.get(f"/dashboard/chat/{conversation.pk}/").status_code in (302, 403)
    assert client.post(f"/dashboard/chat/{conversation.pk}/", {"action": "reply", "text": "x"}).status_code in (302, 403)
    assert conversation.messages.count() == 1


def test_an_unknown_conversation_is_not_found(agent):
    assert agent[1].get("/dashboard/chat/999999/").status_code == 404


def test_the_inbox_takes_the_same_queries_for_3_and_30_conversations(agent, django_assert_max_num_queries):
    _, client = agent
    for n in range(3):
        asked(f"Question {n}", n + 1, name=f"Person {n}")
    client.get("/dashboard/chat/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/dashboard/chat/")
    for n in range(3, 30):
        asked(f"Question {n}", n + 1, name=f"Person {n}")
    with CaptureQueriesContext(connection) as many:
        client.get("/dashboard/chat/")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_opening_hours_are_set_in_eastern_time_and_bad_hours_refused(agent):
    _, client = agent
    shown = page(client.get("/dashboard/chat/hours/"))
    assert "Monday: 9:00–17:00 ET (6:00–14:00 PT)" in shown
    form = {"form-TOTAL_FORMS": "7", "form-INITIAL_FORMS": "7"}
    for i, row in enumerate(OpeningHours.objects.order_by("weekday")):
        form.update({f"form-{i}-id": row.pk, f"form-{i}-opens": "10:00", f"form-{i}-closes": "18:00"})
    form["form-6-opens"], form["form-6-closes"] = "", ""
    assert client.post("/dashboard/chat/hours/", form).status_code == 302
    assert "Monday: 10:00–18:00 ET (7:00–15:00 PT)" in page(client.get("/dashboard/chat/hours/"))
    form["form-0-closes"] = "09:00"
    refused = client.post("/dashboard/chat/hours/", form)
    assert refused.status_code == 400 and "Monday: give both times, opening before closing" in page(refused)
    form["form-0-closes"] = "late"
    assert client.post("/dashboard/chat/hours/", form).status_code == 400
    assert str(OpeningHours.objects.get(weekday=0)) == "Monday: 10:00-18:00 ET"


@pytest.mark.postgres
def test_searching_transcripts_reads_the_trigram_index_on_postgresql():
    """The inbox's search (`text__icontains`) is served by chat_message_text_trgm, not a scan."""
    from django.db import connection

    from tests import services

    services.require("postgres")
    query = Message.objects.filter(text__icontains="whitehorse").order_by().query  # as in the inbox's Exists
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        # A tiny table would be scanned anyway, or walked by its primary key: only a bitmap
        # scan of an index on the compared expression is left to the planner.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "chat_message_text_trgm" in plan, plan
