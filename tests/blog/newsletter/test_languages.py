"""A subscriber's language: recorded at signup; the confirmation, and each article that has a
French version, mailed in it; their links lead to the pages in their language."""
import re
from email import message_from_bytes

import pytest
from django.core import mail
from django.utils import translation

from blog.newsletter import sending
from blog.newsletter.mail import has_french
from blog.newsletter.models import ArticleSend, Delivery, Subscriber
from tests import factories
from tests.smtp_server import smtp_server

pytestmark = pytest.mark.django_db

FRENCH_TITLE = "Les points gâchettes, tout en douceur"
FRENCH_BODY = "## Pourquoi ça aide\n\nUne pression constante sur un nœud du trapèze peut le relâcher."
FRENCH_EXCERPT = "Comment reconnaître un nœud et le relâcher."


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request to a French page leaves French active in this thread afterwards."""
    translation.activate("en-ca")
    yield
    translation.activate("en-ca")


def _sign_up(client, prefix=""):
    return client.post(f"{prefix}/newsletter/", {"email": "aline@example.ca", "consent": "on", "next": "/blog/"},
                       REMOTE_ADDR="203.0.113.9", follow=True)


def _readers():
    anne = Subscriber.objects.create(email="anne@example.ca", status=Subscriber.CONFIRMED)
    aline = Subscriber.objects.create(email="aline@example.ca", status=Subscriber.CONFIRMED, language="fr-ca")
    return anne, aline


def _in_french(article):
    article.title_fr_ca, article.body_fr_ca = FRENCH_TITLE, FRENCH_BODY
    article.excerpt_fr_ca = FRENCH_EXCERPT
    article.slug_fr_ca = f"{article.slug}-fr"
    article.save()
    return article


def _unsubscribe_path(message):
    return re.search(r"<https?://[^/>]+(/[^>]*unsubscribe/[^>]+/)>", message.extra_headers["List-Unsubscribe"]).group(1)


def test_signing_up_on_a_french_page_records_french_and_mails_the_link_to_the_french_page(
        client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client, prefix="/fr")
    assert Subscriber.objects.get().language == "fr-ca"
    message = mail.outbox[0]
    link = re.search(r"https?://[^/\s]+(/\S*newsletter/confirm/[^\s\"<]+/)", message.body).group(1)
    assert link.startswith("/fr/")
    assert link in message.alternatives[0][0] and '<html lang="fr">' in message.alternatives[0][0]
    with translation.override("fr-ca"):
        subject = translation.gettext("Confirm your subscription to Body Best articles")
    assert subject != "Confirm your subscription to Body Best articles" and message.subject == subject
    assert client.get(link).status_code == 200


def test_signing_up_on_an_english_page_records_english_and_an_unprefixed_link(
        client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client)
    assert Subscriber.objects.get().language == "en-ca"
    assert "/newsletter/confirm/" in mail.outbox[0].body and "/fr/" not in mail.outbox[0].body
    assert mail.outbox[0].subject == "Confirm your subscription to Body Best articles"


def test_subscribers_from_before_french_are_english():
    assert Subscriber.objects.create(email="old@example.ca").language == "en-ca"


def test_an_article_in_french_reaches_french_subscribers_in_french_and_the_others_in_english(
        django_capture_on_commit_callbacks):
    _readers()
    with django_capture_on_commit_callbacks(execute=True):
        article = _in_french(factories.article(title="Trigger points, gently", days_ago=0))
    by_address = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 2 and Delivery.objects.filter(status=Delivery.SENT).count() == 2
    french, english = by_address["aline@example.ca"], by_address["anne@example.ca"]
    assert french.subject == FRENCH_TITLE and english.subject == "Trigger points, gently"
    assert '<html lang="fr">' in french.alternatives[0][0] and '<html lang="en">' in english.alternatives[0][0]
    assert FRENCH_EXCERPT in french.alternatives[0][0] and "how to ease it" not in french.alternatives[0][0]
    assert "how to ease it" in english.alternatives[0][0] and "nœud" not in english.alternatives[0][0]
    with translation.override("fr-ca"):
        french_url = article.get_absolute_url()
    assert french_url.startswith("/fr/") and french_url in french.body
    assert article.get_absolute_url() in english.body
    assert _unsubscribe_path(french).startswith("/fr/newsletter/unsubscribe/")
    assert _unsubscribe_path(english).startswith("/newsletter/unsubscribe/")


def test_an_article_without_french_goes_in_english_to_everyone_with_the_french_unsubscribe_page(
        django_capture_on_commit_callbacks, client):
    _, aline = _readers()
    with django_capture_on_commit_callbacks(execute=True):
        article = factories.article(title="Hot stones, step by step", days_ago=0)
    assert not has_french(article)
    assert sorted(m.subject for m in mail.outbox) == ["Hot stones, step by step"] * 2
    french = next(m for m in mail.outbox if m.to == ["aline@example.ca"])
    path = _unsubscribe_path(french)
    assert path.startswith("/fr/newsletter/unsubscribe/") and path in french.body
    assert client.post(path).status_code == 200
    aline.refresh_from_db()
    assert aline.status == Subscriber.UNSUBSCRIBED


def test_a_french_title_alone_is_not_a_french_version():
    article = factories.article(days_ago=0, status="draft")
    article.title_fr_ca = FRENCH_TITLE
    assert not has_french(article)
    article.body_fr_ca = FRENCH_BODY
    assert has_french(article)


def test_over_smtp_each_language_is_built_from_its_own_batch_template_and_sent_once(settings):
    """The SMTP path builds one template per language and changes only the address, the
    Message-ID and the unsubscribe link in it."""
    anne, aline = _readers()
    bruno = Subscriber.objects.create(email="bruno@example.ca", status=Subscriber.CONFIRMED, language="fr-ca")
    send = ArticleSend.objects.create(article=_in_french(factories.article(
        title="Trigger points, gently", days_ago=0, status="draft")))
    with smtp_server() as inbox:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", inbox.port, 5
        settings.EMAIL_HOST_USER = ""
        sending.fan_out(send.pk, lambda *args: None)
        sending.send_batch(send.pk, anne.pk, bruno.pk)
        sending.send_batch(send.pk, anne.pk, bruno.pk)  # redelivered: nothing more
        received = [message_from_bytes(content) for _, content in inbox.messages]
    assert sorted(m["To"] for m in received) == ["aline@example.ca", "anne@example.ca", "bruno@example.ca"]
    for message in received:
        text = next(part.get_payload(decode=True).decode() for part in message.walk()
                    if part.get_content_type() == "text/plain")
        subject = _decoded(message["Subject"])
        if message["To"] == "anne@example.ca":
            assert subject == "Trigger points, gently" and "/fr/" not in text
        else:
            assert subject == FRENCH_TITLE and FRENCH_EXCERPT in text
            own = re.search(r"<https?://[^/>]+(/[^>]*)>", message["List-Unsubscribe"]).group(1)
            assert own.startswith("/fr/newsletter/unsubscribe/") and own in text
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 3


def _decoded(header):
    from email.header import decode_header, make_header

    return str(make_header(decode_header(header)))
