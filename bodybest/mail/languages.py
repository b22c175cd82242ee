"""The language a shopper's mail is written in.

A mail is often built far from the request that called for it (a Celery worker, a webhook, a
staff member's decision days later), where the active language is the store's default. So the
shopper's language is recorded when they act (a signup, an order, a request) with `current()`,
and the mail is rendered inside `translation.override(recorded)`.
"""
from django.conf import settings
from django.utils import translation


def supported(language):
    """`language` as one of settings.LANGUAGES' codes: exact ("fr-ca"), by case or separator
    ("fr_CA", "FR-ca"), or by its generic part ("fr", "fr-fr" -> "fr-ca"); the store's default
    (LANGUAGE_CODE) for anything else, None included."""
    codes = [code for code, _name in settings.LANGUAGES]
    wanted = (language or "").lower().replace("_", "-")
    if wanted in codes:
        return wanted
    generic = wanted.split("-")[0]
    for code in codes:
        if generic and code.split("-")[0] == generic:
            return code
    return settings.LANGUAGE_CODE


def current():
    """The active language (the request's, under LocaleMiddleware) as a code worth storing."""
    return supported(translation.get_language())


def is_french(language):
    return supported(language).split("-")[0] == "fr"
