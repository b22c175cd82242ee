"""A guest proves they own the email address they asked with: we mail a signed link to it
(decisions.confirm() does what opening it means).

The link carries the request's id and address, signed with SECRET_KEY; it works until the
request could no longer be decided and its voucher used (the policy's decide-within days plus
its voucher days), so a shopper can open it again later while signed in to add the request to
their account."""
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.contrib.sites.models import Site
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from bodybest.mail import languages
from catalog.price_match.models import Policy, PriceMatchRequest

SALT = "catalog.price_match.confirmation"


def token_for(match):
    return signing.dumps({"m": match.pk, "e": match.email.lower()}, salt=SALT, compress=True)


def link_days(policy):
    return policy.decide_within_days + policy.voucher_days


def match_for(token):
    """The request a link names, or None when the link is altered, expired or names an address
    the request no longer has."""
    try:
        data = signing.loads(token, salt=SALT, max_age=link_days(Policy.current()) * 24 * 3600)
    except signing.BadSignature:  # SignatureExpired is one
        return None
    if not isinstance(data, dict) or not isinstance(data.get("m"), int):
        return None
    match = PriceMatchRequest.objects.select_related("product").filter(pk=data["m"]).first()
    if match is None or match.email.lower() != data.get("e"):
        return None
    return match


@shared_task(ignore_result=True, autoretry_for=(SMTPException, OSError), retry_backoff=30, max_retries=6)
def mail_confirmation_link(match_id: int) -> str:
    """The link to confirm a guest's request, mailed to the address they typed. A second copy
    (a redelivered task) is harmless: the link does the same thing twice."""
    match = PriceMatchRequest.objects.select_related("product").filter(
        pk=match_id, verified__isnull=True, status=PriceMatchRequest.PENDING).first()
    if match is None:
        return "skipped"
    with translation.override(languages.supported(match.language)):
        _mail_link(match)
    return "mailed"


def _mail_link(match):
    """The mail in the language of the page the shopper asked on, its links to that language's pages."""
    policy = Policy.current()
    base = f"{settings.OSCAR_URL_SCHEMA}://{Site.objects.get_current().domain}"
    context = {
        "match": match, "policy": policy, "link_days": link_days(policy),
        "confirm_url": base + reverse("price_match:confirm", args=[token_for(match)]),
        "policy_url": base + reverse("price_match:policy"), "store_phone": settings.STORE_PHONE,
        "store_email": settings.STORE_EMAIL, "mailing_address": settings.STORE_MAILING_ADDRESS,
    }
    send_mail(_("Confirm your price match request"), render_to_string("price_match/email/confirm.txt", context),
              settings.DEFAULT_FROM_EMAIL, [match.email])
