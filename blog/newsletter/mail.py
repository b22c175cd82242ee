"""The mails the newsletter sends: the confirmation, and an article to a subscriber."""
from typing import NamedTuple

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from blog.newsletter import consent, tokens

PLACEHOLDER = "__UNSUBSCRIBE_URL__"


def site_url():
    return f"{settings.OSCAR_URL_SCHEMA}://{Site.objects.get_current().domain}"


def confirmation_message(subscriber):
    base = site_url()
    context = {
        "confirm_url": base + reverse("newsletter:confirm", args=[tokens.confirmation_token(subscriber)]),
        "days": settings.NEWSLETTER_CONFIRM_DAYS,
        "consent_text": consent.text(),
        "mailing_address": settings.STORE_MAILING_ADDRESS,
    }
    message = EmailMultiAlternatives(
        subject="Confirm your subscription to Body Best articles",
        body=render_to_string("newsletter/email/confirm.txt", context),
        from_email=settings.NEWSLETTER_FROM_EMAIL, to=[subscriber.email],
    )
    message.attach_alternative(render_to_string("newsletter/email/confirm.html", context), "text/html")
    return message


class ArticleMail:
    """An article rendered once; `for_subscriber` only puts in each subscriber's own links."""

    def __init__(self, article):
        base = site_url()
        context = {
            "article": article,
            "article_url": base + article.get_absolute_url(),
            "hero_url": base + article.hero_image.url if article.hero_image else "",
            "unsubscribe_url": PLACEHOLDER,
            "mailing_address": settings.STORE_MAILING_ADDRESS,
            "store_email": settings.STORE_EMAIL,
            "base_url": base,
        }
        self.base = base
        self._template = None
        self.subject = article.title
        self.text = render_to_string("newsletter/email/article.txt", context)
        self.html = render_to_string("newsletter/email/article.html", context)

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
        return self.base + reverse("newsletter:unsubscribe", args=[tokens.unsubscribe_token(subscriber)])

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
