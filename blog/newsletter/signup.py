"""Double opt-in: a signup records consent and mails a link; only the link confirms.

The answer to a signup is the same whether the address is new, waiting or confirmed, so the
form never tells anyone who subscribes. An address that is waiting gets no second mail while
its link is valid, and a confirmed one gets none at all.
"""
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from blog.newsletter import consent, tokens
from blog.newsletter.models import Consent, Subscriber, _nonce
from bodybest.mail import languages


def normalise(email):
    local, _, domain = email.strip().rpartition("@")
    return f"{local}@{domain.lower()}"


def sign_up(email, ip_address, source_page, language=None):
    """Record the consent and queue a confirmation mail when one is due. Returns nothing on
    purpose: callers must answer the same either way.

    `language` (the active one when not given) is recorded with each signup that mails a
    link, so the link, and later each article, come in the language the form was filled in."""
    from blog.newsletter.tasks import send_confirmation

    email = normalise(email)
    now = timezone.now()
    with transaction.atomic():
        try:
            with transaction.atomic():
                subscriber, _ = Subscriber.objects.get_or_create(email=email)
        except IntegrityError:  # the same address signed up twice at once
            subscriber = Subscriber.objects.get(email=email)
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == Subscriber.CONFIRMED:
            return
        link_still_valid = (subscriber.status == Subscriber.PENDING and subscriber.confirmation_sent
                            and subscriber.confirmation_sent > now - timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS))
        if link_still_valid:
            return
        Consent.objects.create(subscriber=subscriber, ip_address=ip_address,
                               source_page=source_page[:500], text_version=consent.CURRENT_VERSION)
        subscriber.status = Subscriber.PENDING
        subscriber.confirmation_nonce = _nonce()
        subscriber.confirmation_sent = now
        subscriber.language = languages.supported(language) if language else languages.current()
        subscriber.save(update_fields=["status", "confirmation_nonce", "confirmation_sent", "language"])
        nonce = subscriber.confirmation_nonce
        transaction.on_commit(lambda: send_confirmation.delay(subscriber.pk, nonce), robust=True)


def confirm(token):
    """Confirm the subscription a link names. Returns the subscriber; raises tokens.BadToken."""
    pk, nonce = tokens.read_confirmation(token)
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=pk).first()
        if subscriber is None:
            raise tokens.BadToken(_("This confirmation link is not valid. Check that you copied all of it."))
        if subscriber.status == Subscriber.CONFIRMED:
            return subscriber
        if subscriber.status != Subscriber.PENDING or subscriber.confirmation_nonce != nonce:
            raise tokens.BadToken(_("This confirmation link has been replaced or used. Sign up again "
                                    "and we will send a new one."))
        now = timezone.now()
        subscriber.status, subscriber.confirmed = Subscriber.CONFIRMED, now
        subscriber.save(update_fields=["status", "confirmed"])
        latest = subscriber.consents.order_by("-given").first()
        if latest is not None:
            Consent.objects.filter(pk=latest.pk).update(confirmed=now)
    return subscriber


def unsubscribe(token):
    pk = tokens.read_unsubscribe(token)
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is not None:
        subscriber.unsubscribe()
    return subscriber
