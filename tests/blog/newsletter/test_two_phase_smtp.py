"""A message is accepted by the SMTP server only after its delivery row is marked sent."""
import pytest
from django.core.mail import EmailMessage

from bodybest.mail.smtp import TwoPhaseSMTP
from tests.smtp_server import smtp_server


@pytest.fixture
def sink(settings):
    with smtp_server() as inbox:
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", inbox.port, 5
        settings.EMAIL_HOST_USER = ""
        yield inbox


def _message(body="Line one\n.\nA line that was a lone dot above"):
    return EmailMessage("Hot stones", body, "articles@bodybest.ca", ["ada@example.ca"])


def test_the_row_is_marked_before_the_server_accepts_and_dots_survive(sink):
    events = []
    with TwoPhaseSMTP() as smtp:
        smtp.send(_message(), lambda: events.append(len(sink_contents(sink))))
    assert events == [0]  # marked while the server still held nothing
    assert len(sink_contents(sink)) == 1 and b"\r\n.\r\nA line" in sink_contents(sink)[0]


def test_a_worker_dying_before_the_mark_leaves_the_server_with_nothing(sink):
    class Killed(Exception):
        pass

    def die():
        raise Killed

    with pytest.raises(Killed):
        with TwoPhaseSMTP() as smtp:
            smtp.send(_message(), die)
    import time

    time.sleep(0.3)
    assert sink_contents(sink) == []


def test_a_message_from_the_batch_template_is_the_whole_message_for_that_subscriber(db, sink, monkeypatch):
    """Only the address, the Message-ID and the unsubscribe link differ between subscribers."""
    from django.core import signing

    # The links are signed with the current second: the ones compared below are made after the
    # mail, so on a busy machine a second could tick between them. One second for the test.
    monkeypatch.setattr(signing.TimestampSigner, "timestamp", lambda self: "1xXsV0")
    from email import message_from_bytes

    from blog.newsletter.mail import ArticleMail
    from blog.newsletter.models import Subscriber
    from tests import factories

    article = factories.article(title="Hot stones, step by step", status="draft")
    ada = Subscriber.objects.create(email="ada@example.ca", status="confirmed")
    bo = Subscriber.objects.create(email="bo@example.ca", status="confirmed")
    mail = ArticleMail(article)
    with TwoPhaseSMTP() as smtp:
        for subscriber in (ada, bo):
            smtp.send(mail.raw_for(subscriber, send_id=7), lambda: None)
    first, second = (message_from_bytes(m) for m in sink_contents(sink))
    assert (first["To"], second["To"]) == ("ada@example.ca", "bo@example.ca")
    assert first["Message-ID"] == f"<article-7.subscriber-{ada.pk}@bodybest.ca>"
    assert first["Message-ID"] != second["Message-ID"]
    ada_link, bo_link = mail.unsubscribe_url(ada), mail.unsubscribe_url(bo)
    assert ada_link in first["List-Unsubscribe"] and bo_link in second["List-Unsubscribe"]
    for message, link in ((first, ada_link), (second, bo_link)):
        text, html = (part.get_payload(decode=True).decode() for part in message.walk()
                      if part.get_content_maintype() == "text")
        assert link in text and link in html and "Hot stones, step by step" in html
    assert ada_link not in sink_contents(sink)[1].decode()


def sink_contents(sink):
    return [content for _, content in sink.messages]
