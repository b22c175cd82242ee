from functools import cache

from django.conf import settings

from bodybest.business import BUSINESS
from catalog.offers import has_current_offers
from checkout.free_shipping import current_threshold


def store(request):
    """Store facts every page shows: who we are (`business`), phone line, contact address,
    promises, and whether the menu links to current offers (worked out once, if asked)."""
    return {
        "business": BUSINESS,
        "store_phone": settings.STORE_PHONE,
        "store_phone_e164": settings.STORE_PHONE_E164,
        "store_email": settings.STORE_EMAIL,
        "free_shipping_threshold": current_threshold(),
        "has_current_offers": cache(has_current_offers),
    }
