"""Whether any site offer is running now, for the menu's "Offers" link on every page.

The open site offers' start and end times are cached (one query after each change to an
offer, none per page), and "running now" is worked out from them on each request, so an offer
appears and disappears at its own times without waiting for the cache. Vouchers (price-match
vouchers included) are not site offers and never count.
"""
from django.core.cache import cache
from django.db import transaction
from django.db.models import signals
from django.utils import timezone
from oscar.core.loading import get_model

_CACHE_KEY = "bodybest:site-offer-windows"
_CACHE_SECONDS = 24 * 3600  # changes drop it at once; this only bounds a missed drop


def _windows():
    windows = cache.get(_CACHE_KEY)
    if windows is None:
        ConditionalOffer = get_model("offer", "ConditionalOffer")
        windows = list(ConditionalOffer.objects.filter(
            offer_type=ConditionalOffer.SITE, status=ConditionalOffer.OPEN,
        ).values_list("start_datetime", "end_datetime"))
        cache.set(_CACHE_KEY, windows, _CACHE_SECONDS)
    return windows


def has_current_offers(now=None):
    """True while an open site offer has started (or has no start) and not ended: the test of
    Oscar's ``ConditionalOffer.active``, which lists them at /offers/."""
    now = now or timezone.now()
    return any((start is None or start <= now) and (end is None or end >= now) for start, end in _windows())


def forget(**kwargs):
    """Signal receiver: an offer changed. Dropped once the change commits, so a request in
    between cannot cache the old list again."""
    transaction.on_commit(lambda: cache.delete(_CACHE_KEY))


def connect():
    ConditionalOffer = get_model("offer", "ConditionalOffer")
    signals.post_save.connect(forget, sender=ConditionalOffer, dispatch_uid="offers-forget-windows")
    signals.post_delete.connect(forget, sender=ConditionalOffer, dispatch_uid="offers-forget-windows")
