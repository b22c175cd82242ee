"""The chat's live streams served by real uvicorn nodes on PostgreSQL and Redis, as in
production: a message stored anywhere reaches a stream open on another node, a node killed
and started again loses nothing, and with Redis down messages are still stored and shown."""
import time

import pytest
import requests
from django.conf import settings
from django.test import Client

from bodybest.chat import conversations, notify
from bodybest.chat.models import Conversation, Message
from tests import services
from tests.bodybest.own_redis import OwnRedis
from tests.celery_worker import _database_url, wait_for
from tests.chat.nodes import Node, Stream

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def real_services():
    services.require("postgres")
    services.require("redis")


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="frida", email="frida@bodybest.ca",
                                                 password="pw-staff-1991", first_name="Frida", is_staff=True)


@pytest.fixture
def shopper():
    """A visitor who asked a question: their conversation and their session's cookie."""
    client = Client()
    response = client.post("/chat/send/", {"text": "Is the Atlas table 76 cm wide?", "name": "Ann Roy",
                                           "email": "ann@example.com", "page": "/catalogue/"})
    assert response.status_code == 201, response.content
    return Conversation.objects.get(), client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture
def nodes():
    started = []

    def start(redis_url=None, count=1):
        env = {"DATABASE_URL": _database_url(), "REDIS_URL": redis_url or settings.REDIS_URL,
               "MEDIA_ROOT": str(settings.MEDIA_ROOT),
               "SECRET_KEY": settings.SECRET_KEY}  # the sessions in the database are signed with it
        for _ in range(count):
            started.append(Node(env).start())
        return started[-count:]

    yield start
    for node in started:
        node.stop()


def staff_says(conversation, staff, text):
    return conversations.staff_says(conversation=conversation, user=staff, text=text)


def test_a_message_stored_anywhere_reaches_a_stream_open_on_another_node_within_2_seconds(
        nodes, shopper, staff):
    node_a, node_b = nodes(count=2)
    conversation, session_id = shopper
    stream = Stream(node_b, conversation.public_id, session_id)
    try:
        assert [m["sender"] for _, m in stream.messages(1, timeout=5)] == ["shopper"]
        started = time.monotonic()
        staff_says(conversation, staff, "Yes, 76 cm, and 185 cm long.")  # as the dashboard does
        [(_, answer)] = stream.messages(1, timeout=2)
        assert answer["text"] == "Yes, 76 cm, and 185 cm long." and time.monotonic() - started < 2
        # The shopper's reply, sent through node A with the CSRF cookie its conversation page set.
        web = requests.Session()
        web.cookies.set(settings.SESSION_COOKIE_NAME, session_id)
        assert web.get(f"{node_a.url}/chat/conversation/", timeout=10).status_code == 200
        token = web.cookies.get(settings.CSRF_COOKIE_NAME)
        started = time.monotonic()
        sent = web.post(f"{node_a.url}/chat/send/", data={"text": "Thanks, ordering now."},
                        headers={"X-CSRFToken": token or "", "Referer": node_a.url + "/"}, timeout=10)
        assert sent.status_code == 201, sent.text
        [(_, reply)] = stream.messages(1, timeout=2)
        assert reply["text"] == "Thanks, ordering now." and time.monotonic() - started < 2
    finally:
        stream.close()


def test_a_node_killed_and_started_again_loses_nothing_the_reconnect_gets_exactly_what_was_missed(
        nodes, shopper, staff):
    [node_b] = nodes()
    conversation, session_id = shopper
    stream = Stream(node_b, conversation.public_id, session_id)
    [(last_id, _)] = stream.messages(1, timeout=5)
    node_b.kill()
    stream.close()
    stored = [staff_says(conversation, staff, f"Answer {n}") for n in (1, 2, 3)]
    node_b.start()
    again = Stream(node_b, conversation.public_id, session_id, last_event_id=last_id)
    try:
        got = again.messages(3, timeout=5)
        assert [i for i, _ in got] == [m.pk for m in stored]
        assert [m["text"] for _, m in got] == ["Answer 1", "Answer 2", "Answer 3"]
        assert again.messages(1, timeout=0.5) == []  # and nothing more
    finally:
        again.close()


def test_with_redis_down_messages_are_stored_and_shown_and_live_delivery_comes_back_with_it(
        nodes, shopper, staff, settings):
    own = OwnRedis().start()
    try:
        settings.REDIS_URL = f"{own.url}/0"  # this process publishes there too (notify reads it each time)
        [node] = nodes(redis_url=settings.REDIS_URL)
        conversation, session_id = shopper
        stream = Stream(node, conversation.public_id, session_id)
        assert len(stream.messages(1, timeout=5)) == 1
        own.stop()
        stored = staff_says(conversation, staff, "Stored while Redis is down.")  # no error
        assert Message.objects.filter(pk=stored.pk).exists()
        # The open stream, its subscription broken, looks in the database every 2 s.
        [(shown_id, _)] = stream.messages(1, timeout=6)
        assert shown_id == stored.pk
        stream.close()
        reconnect = Stream(node, conversation.public_id, session_id, last_event_id=stored.pk - 1)
        assert [i for i, _ in reconnect.messages(1, timeout=6)] == [stored.pk]
        own.start()
        # Back: the stream subscribes again on its next wait, then a message arrives at once.
        wait_for(lambda: own.client().pubsub_numsub(notify.channel(conversation.pk))[0][1] > 0, timeout=10)
        started = time.monotonic()
        staff_says(conversation, staff, "Redis is back.")
        [(_, live)] = reconnect.messages(1, timeout=2)
        assert live["text"] == "Redis is back." and time.monotonic() - started < 1.5
        reconnect.close()
    finally:
        notify._clients.clear()
        own.close()
