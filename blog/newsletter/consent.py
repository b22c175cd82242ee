"""The consent text shown beside the signup box, by version (Canada's anti-spam law, CASL).

A consent record keeps the version the subscriber saw; a changed text is a new version here,
never an edit of an old one, so each record still says what was agreed to.
"""
from django.conf import settings
from django.utils.translation import gettext_lazy

from bodybest.business import BUSINESS

CURRENT_VERSION = "2026-12-a"

TEXTS = {
    "2026-11-a": (
        "Yes, Body Best Therapeutic Supplies Inc. may email me when a new article appears on "
        "its blog. Contact us at {email}, {phone}, or {address}. You can withdraw your consent "
        "at any time with the unsubscribe link in every email."
    ),
    # The company's full legal name, as bodybest/business.py has it.
    # Shown in the shopper's language: the French words are the same consent, so one version.
    "2026-12-a": gettext_lazy(
        "Yes, {legal_name} may email me when a new article appears on its blog. Contact us at "
        "{email}, {phone}, or {address}. You can withdraw your consent at any time with the "
        "unsubscribe link in every email."
    ),
}


def text(version=CURRENT_VERSION):
    return str(TEXTS[version]).format(
        email=settings.STORE_EMAIL, phone=settings.STORE_PHONE, address=BUSINESS.postal_address,
        legal_name=BUSINESS.legal_name,
    )
