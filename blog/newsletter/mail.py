"""The mails the newsletter sends: the confirmation, and an article to a subscriber."""
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
        self.subject = article.title
        self.text = render_to_string("newsletter/email/article.txt", context)
        self.html = render_to_string("newsletter/email/article.html", context)

    def unsubscribe_url(self, subscriber):
        return self.base + reverse("newsletter:unsubscribe", args=[tokens.unsubscribe_token(subscriber)])

    def for_subscriber(self, subscriber):
        url = self.unsubscribe_url(subscriber)
        message = EmailMultiAlternatives(
            subject=self.subject, body=self.text.replace(PLACEHOLDER, url),
            from_email=settings.NEWSLETTER_FROM_EMAIL, to=[subscriber.email],
            headers={
                # RFC 8058: mail programs offer a one-click unsubscribe that POSTs to the URL.
                "List-Unsubscribe": f"<{url}>, <mailto:{settings.STORE_EMAIL}?subject=unsubscribe>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "List-Id": "Body Best articles <articles.bodybest.ca>",
            },
        )
        message.attach_alternative(self.html.replace(PLACEHOLDER, url), "text/html")
        return message
