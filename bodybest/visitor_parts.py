"""A visitor's own parts of a shared page, kept so the front can draw them in without Django.

A signed-in customer or a shopper with a basket reads the same kept pages as everyone
(bodybest/page_cache.py), with their account links, basket, compare tray and, on a product page,
their wish-list links, back-in-stock form, review invitation and recently viewed products drawn
between the page's marks. Drawing them takes Django: the session, the user, the basket and its
offers, a render. Once drawn for a visitor on a page they are kept here, and the next request for
that page from that visitor in that state is answered by the front (bodybest/page_front.py) from
Redis alone. What the parts are drawn from, and so what keeps them current:

- the page's key (its language, host and path: the sign-in link's ``next``) and stamp (prices,
  stock, titles, offers: bodybest/page_cache.py);
- the visitor's state, by digest: their session's data as the session cache holds it (signing in
  or out, the compare list), their basket and recently viewed cookies;
- their basket's version, replaced whenever a line, the basket or its vouchers change, and their
  account's version, replaced whenever their user, wish lists, stock alerts, reviews or saved
  compare list change
  (``connect``), both read in the same round trip as the parts.

Parts are never kept with a message waiting, and a visitor whose next request merges a basket
(signed in with an anonymous basket cookie) is left to Django. A session the cache no longer
holds is left to Django too, which reads it from the database and puts it back.
"""
import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.backends.cached_db import KEY_PREFIX as SESSION_CACHE_PREFIX
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from oscar.core.loading import get_model

from bodybest import versions

FORMAT = "v1"
MESSAGES_SESSION_KEY = "_messages"  # where Django's session message storage keeps them


@dataclass(frozen=True)
class State:
    digest: str
    basket_key: str | None
    user_key: str | None
    user_id: int | None


def session_cache_key(session_key):
    return SESSION_CACHE_PREFIX + session_key


def basket_version_key(*, owner_id=None, basket_id=None):
    if owner_id:
        return f"visitor:basket:owner:{owner_id}"
    return f"visitor:basket:{basket_id}" if basket_id else None


def user_version_key(user_id):
    return f"visitor:user:{user_id}" if user_id else None


def state_of(cookies, session_data):
    """The visitor's ``State``, or None when only Django can answer them (a message waiting,
    a basket about to be merged, a basket cookie that does not read)."""
    if MESSAGES_SESSION_KEY in session_data:
        return None
    user_id = session_data.get(SESSION_KEY)
    basket_cookie = cookies.get(settings.OSCAR_BASKET_COOKIE_OPEN) or ""
    if user_id and basket_cookie:
        return None
    basket_id = basket_cookie.split(":", 1)[0]
    if basket_cookie and not basket_id.isdigit():
        return None
    try:
        user_id = int(user_id) if user_id else None
    except (TypeError, ValueError):
        return None
    seen = json.dumps([session_data, basket_cookie, cookies.get(settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME, "")],
                      sort_keys=True, default=str)
    return State(
        digest=hashlib.blake2b(seen.encode(), digest_size=16).hexdigest(),
        basket_key=basket_version_key(owner_id=user_id, basket_id=basket_id or None),
        user_key=user_version_key(user_id),
        user_id=user_id,
    )


def parts_key(page_key, state):
    return f"parts:{FORMAT}:{page_key}:{state.digest}"


def private_key(page_key, state):
    """Where a visitor's own page (bodybest/page_cache.py PRIVATE_PAGES) is kept for them."""
    return f"private:{FORMAT}:{page_key}:{state.digest}"


def versions_of(state):
    """[basket version, account version] as now (made when missing); None for one the visitor
    does not have."""
    return [versions.current(key) if key else None for key in (state.basket_key, state.user_key)]


def keep(page_key, state, stamp, parts, listed, is_staff):
    """Keeps the visitor's drawn ``parts`` ({name: html with the token and nonce as marks}) and
    compare list for this page, under the versions they were drawn with."""
    entry = (stamp, *versions_of(state), is_staff, parts, tuple(listed))
    cache.set(parts_key(page_key, state), entry, settings.PAGE_CACHE_SECONDS)


def found(entry, stamp, basket_version, user_version):
    """What a kept entry holds past its versions when they are still current, else None: (is_staff,
    parts, listed) of parts; (content type, body, product id, view name, headers) of a page."""
    if entry is None or tuple(entry[:3]) != (stamp, basket_version, user_version):
        return None
    return entry[3:]


def basket_changed(basket_id, owner_id):
    for key in (basket_version_key(basket_id=basket_id), basket_version_key(owner_id=owner_id)):
        if key:
            versions.replace(key)


def user_changed(user_id):
    key = user_version_key(user_id)
    if key:
        versions.replace(key)


def _line_changed(sender, instance, **kwargs):
    basket = instance.basket
    basket_changed(basket.pk, basket.owner_id)


def _basket_changed(sender, instance, **kwargs):
    basket_changed(instance.pk, instance.owner_id)


def _vouchers_changed(sender, instance, **kwargs):
    if isinstance(instance, get_model("basket", "Basket")):
        basket_changed(instance.pk, instance.owner_id)


def _user_changed(sender, instance, **kwargs):
    user_changed(instance.pk)


def _users_own_changed(sender, instance, **kwargs):
    user_changed(instance.user_id)


def _wishlist_line_changed(sender, instance, **kwargs):
    user_changed(instance.wishlist.owner_id)


def _wishlist_changed(sender, instance, **kwargs):
    user_changed(instance.owner_id)


def connect():
    Basket = get_model("basket", "Basket")
    Line = get_model("basket", "Line")
    for signal in (post_save, post_delete):
        signal.connect(_line_changed, sender=Line, dispatch_uid=f"visitor-parts-line-{signal is post_save}")
        signal.connect(_basket_changed, sender=Basket, dispatch_uid=f"visitor-parts-basket-{signal is post_save}")
        signal.connect(_user_changed, sender=get_user_model(), dispatch_uid=f"visitor-parts-user-{signal is post_save}")
        for label in ("customer.ProductAlert", "reviews.ProductReview", "catalogue.ComparisonItem"):
            signal.connect(_users_own_changed, sender=get_model(*label.split(".")),
                           dispatch_uid=f"visitor-parts-{label}-{signal is post_save}")
        signal.connect(_wishlist_changed, sender=get_model("wishlists", "WishList"),
                       dispatch_uid=f"visitor-parts-wishlist-{signal is post_save}")
        signal.connect(_wishlist_line_changed, sender=get_model("wishlists", "Line"),
                       dispatch_uid=f"visitor-parts-wishlist-line-{signal is post_save}")
    m2m_changed.connect(_vouchers_changed, sender=Basket.vouchers.through, dispatch_uid="visitor-parts-vouchers")
