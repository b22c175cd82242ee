"""The mails the newsletter sends: the confirmation, and an article to a subscriber, each in
the subscriber's language (the article only when it has a version in that language)."""
from typing import NamedTuple

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from blog.newsletter import consent, tokens
from bodybest.mail import languages

PLACEHOLDER = "__UNSUBSCRIBE_URL__"


def site_url():
    return f"{settings.OSCAR_URL_SCHEMA}://{Site.objects.get_current().domain}"


def has_french(article):
    """Whether the article was written in French too: a French title and body (the
    modeltranslation fields; an article without them has no French version)."""
    return bool(getattr(article, "title_fr_ca", None) and getattr(article, "body_fr_ca", None))


def article_language(article, subscriber):
    """The language `subscriber` gets `article` in: theirs when the article has it, else the
    store's default (English)."""
    if languages.is_french(subscriber.language) and has_french(article):
        return languages.supported(subscriber.language)
    return settings.LANGUAGE_CODE


def confirmation_message(subscriber):
    """The confirmation mail in the subscriber's language, its link to that language's page."""
    base = site_url()
    with translation.override(languages.supported(subscriber.language)):
        context = {
            "confirm_url": base + reverse("newsletter:confirm", args=[tokens.confirmation_token(subscriber)]),
            "days": settings.NEWSLETTER_CONFIRM_DAYS,
            "consent_text": consent.text(),
            "mailing_address": settings.STORE_MAILING_ADDRESS,
        }
        message = EmailMultiAlternatives(
            subject=gettext("Confirm your subscription to Body Best articles"),
            body=render_to_string("newsletter/email/confirm.txt", context),
            from_email=settings.NEWSLETTER_FROM_EMAIL, to=[subscriber.email],
        )
        message.attach_alternative(render_to_string("newsletter/email/confirm.html", context), "text/html")
    return message


class ArticleMail:
    """An article rendered once in one language; `for_subscriber` only puts in each
    subscriber's own links. The unsubscribe link goes to the page in the subscriber's own
    language, which can differ when the article has no version in it."""

    def __init__(self, article, language=None):
        base = site_url()
        self.language = languages.supported(language)
        with translation.override(self.language):
            context = {
                "article": article,
                "article_url": base + article.get_absolute_url(),
                "hero_url": base + article.hero_image.url if article.hero_image else "",
                "unsubscribe_url": PLACEHOLDER,
                "mailing_address": settings.STORE_MAILING_ADDRESS,
                "store_email": settings.STORE_EMAIL,
                "base_url": base,
            }
            self.subject = article.title
            self.text = render_to_string("newsletter/email/article.txt", context)
            self.html = render_to_string("newsletter/email/article.html", context)
        self.base = base
        self._template = None

    def raw_for(self, subscriber, send_id):
        """The message as bytes for the SMTP sender: built once per batch with placeholders,
        then only the address, the Message-ID and the unsubscribe link change per subscriber
        (building each message took about half the worker's time)."""
        email = subscriber.email
        if self._template is None:
            self._template = self._raw_template()
        if self._template is False or not email.isascii():
            message = self.for_subscriber(subscriber)
            message.extra_headers["Message-ID"] = _message_id(send_id, subscriber.pk)
            return RawMessage(message.from_email, [email], message.message().as_bytes(linesep="\r\n"))
        data = (self._template.replace(_TO, email.encode())
                .replace(_MSGID, _message_id(send_id, subscriber.pk).encode())
                .replace(PLACEHOLDER.encode(), self.unsubscribe_url(subscriber).encode()))
        return RawMessage(settings.NEWSLETTER_FROM_EMAIL, [email], data)

    def _raw_template(self):
        message = EmailMultiAlternatives(
            subject=self.subject, body=self.text, from_email=settings.NEWSLETTER_FROM_EMAIL,
            to=[_TO.decode()], headers={**_list_headers(PLACEHOLDER), "Message-ID": _MSGID.decode()},
        )
        message.attach_alternative(self.html, "text/html")
        data = message.message().as_bytes(linesep="\r\n")
        expected = (data.count(_TO), data.count(_MSGID), data.count(PLACEHOLDER.encode()))
        # A long line makes Django quoted-printable-encode a part, which could split a
        # placeholder: then each message is built whole.
        return data if expected == (1, 1, 3) else False

    def unsubscribe_url(self, subscriber):
        with translation.override(languages.supported(subscriber.language)):
            path = reverse("newsletter:unsubscribe", args=[tokens.unsubscribe_token(subscriber)])
        return self.base + path

    def for_subscriber(self, subscriber):
        url = self.unsubscribe_url(subscriber)
        message = EmailMultiAlternatives(
            subject=self.subject, body=self.text.replace(PLACEHOLDER, url),
            from_email=settings.NEWSLETTER_FROM_EMAIL, to=[subscriber.email],
            headers=_list_headers(url),
        )
        message.attach_alternative(self.html.replace(PLACEHOLDER, url), "text/html")
        return message


_TO = b"subscriber@placeholder.invalid"
_MSGID = b"<message-id-placeholder@placeholder.invalid>"


class RawMessage(NamedTuple):
    from_email: str
    to: list
    data: bytes

    def recipients(self):
        return self.to


def _list_headers(url):
    return {
        # RFC 8058: mail programs offer a one-click unsubscribe that POSTs to the URL.
        "List-Unsubscribe": f"<{url}>, <mailto:{settings.STORE_EMAIL}?subject=unsubscribe>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": "Body Best articles <articles.bodybest.ca>",
    }


def _message_id(send_id, subscriber_id):
    """The same for every attempt at one delivery, so a receiving server can tell a repeat."""
    return f"<article-{send_id}.subscriber-{subscriber_id}@bodybest.ca>"
