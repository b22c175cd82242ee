"""Signed links: confirmation (expires) and unsubscribe (long-lived). Forged or tampered
tokens fail the signature; the salts keep one kind from being used as the other."""
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _

CONFIRM_SALT = "bodybest.newsletter.confirm"
UNSUBSCRIBE_SALT = "bodybest.newsletter.unsubscribe"


class BadToken(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def confirmation_token(subscriber):
    # The nonce changes with each confirmation mail, so an older link stops working.
    return signing.dumps([subscriber.pk, subscriber.confirmation_nonce], salt=CONFIRM_SALT, compress=True)


def read_confirmation(token):
    try:
        pk, nonce = signing.loads(token, salt=CONFIRM_SALT,
                                  max_age=settings.NEWSLETTER_CONFIRM_DAYS * 86400)
    except signing.SignatureExpired:
        raise BadToken(_("This confirmation link has expired. Sign up again and we will send a new one."))
    except (signing.BadSignature, ValueError, TypeError):
        raise BadToken(_("This confirmation link is not valid. Check that you copied all of it."))
    return pk, nonce


def unsubscribe_token(subscriber):
    return signing.dumps(subscriber.pk, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe(token):
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT,
                             max_age=settings.NEWSLETTER_UNSUBSCRIBE_DAYS * 86400)
    except signing.SignatureExpired:
        raise BadToken(_("This unsubscribe link is too old. Use the link in a recent email, or "
                         "write to us and we will remove you at once."))
    except (signing.BadSignature, ValueError, TypeError):
        raise BadToken(_("This unsubscribe link is not valid. Check that you copied all of it."))
