"""Kept pages served in front of Django, for visitors with nothing of their own.

A rush (a newsletter, a promotion) is mostly first visits: no session, no basket, no message.
For them a kept page (bodybest/page_cache.py) needs no request object, no middleware, no URL
resolving and no query: ``FrontPageCache`` wraps the WSGI application and answers such a GET
itself from one round trip to Redis, with what the store's own stack would have given:

- the headers the page was first sent with (security headers, CSP, Vary, Content-Language), kept
  with it by this wrapper when the page was rendered, the CSP nonce and CSRF token written in
  fresh for each response, the CSRF cookie set as Django's CSRF middleware sets it (only when
  the visitor has no valid one), and the body gzipped as Django's GZipMiddleware would
  (with its random bytes against BREACH);
- on a product page, the recently viewed cookie Oscar would set and the view counted
  (catalog/analytics_buffer.py).

Everything else is left to Django, which answers exactly as before: another method, a cookie of
the visitor's own (session, basket, message; recently viewed on a product page), a storefront
password, an English page for a visitor whose language cookie or browser asks for French
(bodybest/language.py sends them on), a page not kept yet or kept under an old stamp, and any
fault of the shared cache. Kept pages are only ever made by the store's own render of a clean
visitor's request, so a path, host or scheme Django would refuse or redirect never has one: the
key is the raw host, scheme, path and query string.
"""
import base64
import json
import os
import time
import types
from http.cookies import SimpleCookie

from django.conf import settings
from django.core.cache import cache
from django.http.cookie import parse_cookie
from django.middleware import csrf
from django.middleware.gzip import GZipMiddleware
from django.utils.regex_helper import _lazy_re_compile
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date
from django.utils.text import compress_string

from bodybest import page_cache, visitor_parts
from bodybest.gate import gate_is_on
from bodybest.language import FRENCH, chosen_or_asked, language_of_path
from catalog import analytics_buffer

UNSENT = {"set-cookie", "content-length", "content-encoding"}  # made again for each response
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")
TOKEN_MARK = page_cache.TOKEN_MARK.encode("ascii")
NONCE_MARK = page_cache.NONCE_MARK.encode("ascii")
CHARS = csrf.CSRF_ALLOWED_CHARS
PLACE = {char: place for place, char in enumerate(CHARS)}
USABLE = 256 - 256 % len(CHARS)  # bytes at or past it are skipped: every character as likely


class FrontPageCache:
    def __init__(self, application):
        self.application = application
        self.memory = Memory()
        self._private_paths = None

    def __call__(self, environ, start_response):
        answer = self.serve(environ)
        if answer is not None:
            status, headers, body = answer
            start_response(status, headers)
            return [body]
        environ[page_cache.FRONT_PRESENT] = True
        captured = {}

        def capturing(status, headers, exc_info=None):
            captured.update(status=status, headers=headers)
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        result = self.application(environ, capturing)
        keep = environ.get(page_cache.FRONT_KEEP)
        if keep is not None and captured.get("status", "").startswith("200"):
            key, entry, nonce = keep
            page_cache.keep(key, (*entry, _kept_headers(captured["headers"], nonce)))
        return result

    def serve(self, environ):
        """(status, headers, body) of the kept page for this request, or None for Django."""
        if environ.get("REQUEST_METHOD") != "GET" or page_cache.timeout() <= 0 or gate_is_on():
            return None
        cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
        if any("\x00" in value for value in cookies.values()) or cookies.get("messages"):
            return None
        path = environ.get("PATH_INFO", "")
        language = language_of_path(path)
        if language != FRENCH and _wants_french(environ, cookies):
            return None
        key = page_cache.page_key(environ, language)
        stamp, entry = self.memory.entry(key)
        private = entry is None and stamp is not None and path in self.private_paths()
        if private:
            entry = self.own_page(key, stamp, cookies)
        if entry is None or len(entry) < 5:
            return None
        content_type, body, product_id, view_name, headers = entry
        history = cookies.get(settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME)
        viewed = []
        if history and product_id is not None:
            viewed = _history(history)
            if viewed is None:
                return None  # a cookie Oscar would delete: Django's
        user_id = None
        if not private and (not page_cache.clean_cookies(cookies) or viewed):
            own = self.own_parts(key, stamp, view_name, cookies)
            if own is None:
                return None
            user_id, parts, listed = own
            body = page_cache.with_parts(body.decode("utf-8"), parts, listed).encode("utf-8")
        nonce = base64.b64encode(os.urandom(16)).decode("ascii")
        secret, new_cookie = _csrf_secret(cookies)
        data = body.replace(TOKEN_MARK, _masked(secret).encode("ascii")).replace(NONCE_MARK, nonce.encode("ascii"))
        sent = [(name, value.replace(page_cache.NONCE_MARK, nonce)) for name, value in headers]
        cookies_out = []
        if new_cookie:
            cookies_out.append(_csrf_cookie(secret))
        if product_id is not None:
            cookies_out.append(_history_cookie(viewed, product_id))
            analytics_buffer.tally_view(product_id, user_id)
        if len(data) >= 200 and ACCEPTS_GZIP.search(environ.get("HTTP_ACCEPT_ENCODING", "")):
            data = compress_string(data, max_random_bytes=GZipMiddleware.max_random_bytes)
            sent.append(("Content-Encoding", "gzip"))
        sent += [("Set-Cookie", cookie) for cookie in cookies_out]
        sent += [("Content-Length", str(len(data))), ("X-Page-Cache", "hit")]
        return "200 OK", sent, data

    def private_paths(self):
        """The paths of the pages kept for one visitor (page_cache.PRIVATE_PAGES), in each language."""
        if self._private_paths is None:
            paths = set()
            for code, _ in settings.LANGUAGES:
                with translation.override(code):
                    paths.update(reverse(name) for name in page_cache.PRIVATE_PAGES)
            self._private_paths = paths
        return self._private_paths

    def own_page(self, key, stamp, cookies):
        """This visitor's own page as it was kept for them in their present state, or None."""
        found = self.kept_for(cookies, stamp, lambda state: visitor_parts.private_key(key, state))
        return None if found is None else found[1]

    def kept_for(self, cookies, stamp, where):
        """(state, what is kept for the visitor under ``where(state)``) while still current, in
        one round trip with their basket's and account's versions after the session's; None
        when nothing current is kept or only Django can tell."""
        try:
            state = self.state(cookies)
            if state is None:
                return None
            wanted = [where(state), state.basket_key, state.user_key]
            got = cache.get_many([name for name in wanted if name])
        except Exception:  # a shared cache in trouble: Django answers
            return None
        kept = visitor_parts.found(got.get(wanted[0]), stamp, got.get(state.basket_key) if state.basket_key else None,
                                   got.get(state.user_key) if state.user_key else None)
        return None if kept is None else (state, kept)

    def state(self, cookies):
        """The visitor's state (bodybest/visitor_parts.py) from their session as the cache holds
        it; None when only Django can tell (the session is not in the cache)."""
        session_key = cookies.get(settings.SESSION_COOKIE_NAME)
        session = {}
        if session_key:
            session = cache.get(visitor_parts.session_cache_key(session_key))
            if not isinstance(session, dict):
                return None
        return visitor_parts.state_of(cookies, session)

    def own_parts(self, key, stamp, view_name, cookies):
        """(user id, parts, compare list) kept for this visitor on this page in their present
        state (bodybest/visitor_parts.py), or None: Django draws them."""
        session_key = cookies.get(settings.SESSION_COOKIE_NAME)
        if session_key and view_name not in page_cache.SHARED_WITH_SESSIONS:
            return None
        found = self.kept_for(cookies, stamp, lambda state: visitor_parts.parts_key(key, state))
        if found is None:
            return None
        state, (is_staff, parts, listed) = found
        if is_staff and view_name in page_cache.STAFF_RENDERED:
            return None
        return state.user_id, parts, listed


class Memory:
    """The pages this process served in the last ``PAGE_FRONT_MEMORY_SECONDS`` (1), with the
    stamp they were checked against, so a rush's hits on one page cost one round trip to Redis
    a second per worker rather than one each: an edit shows within that second on every page,
    as an edit's new stamp shows on the next request to a worker that just asked. At most
    ``SIZE`` pages are held; 0 seconds asks Redis every time."""

    SIZE = 64

    def __init__(self):
        self.pages = {}  # key: ((stamp, entry), asked at)
        self.lookup = page_cache.lookup_key

    def entry(self, key):
        seconds = settings.PAGE_FRONT_MEMORY_SECONDS
        now = time.monotonic()
        held = self.pages.get(key)
        if held is not None and now - held[1] < seconds:
            return held[0]
        try:
            found = self.lookup(key)
        except Exception:  # a shared cache in trouble: Django renders, and says so in its log
            return None, None
        kept = (None, None) if found is None else (found[1], found[2])
        if seconds > 0:
            if len(self.pages) >= self.SIZE:
                self.pages = {k: v for k, v in self.pages.items() if now - v[1] < seconds}
            if len(self.pages) < self.SIZE:
                self.pages[key] = kept, now
        return kept


def _wants_french(environ, cookies):
    """Whether an English page's visitor is one FirstVisitLanguageMiddleware sends to French."""
    visitor = types.SimpleNamespace(COOKIES=cookies, META=environ)
    return chosen_or_asked(visitor) != settings.LANGUAGE_CODE


def _csrf_secret(cookies):
    """(the visitor's CSRF secret, whether it is new): their cookie's when it is valid, as
    Django's CSRF middleware reads it, else a new one its cookie is set for."""
    value = cookies.get(settings.CSRF_COOKIE_NAME)
    if value:
        try:
            csrf._check_token_format(value)
        except csrf.InvalidTokenFormat:
            pass
        else:
            return (csrf._unmask_cipher_token(value) if len(value) == csrf.CSRF_TOKEN_LENGTH else value), False
    return _random_string(csrf.CSRF_SECRET_LENGTH), True


def _random_string(length):
    """``length`` characters of Django's CSRF alphabet from the system's random source, read
    at once (Django's ``get_random_string`` asks it once per character: a third of a hit's
    time). Unbiased: bytes past the last whole multiple of the alphabet are skipped."""
    found = []
    while len(found) < length:
        found += [CHARS[byte % len(CHARS)] for byte in os.urandom(length + 8) if byte < USABLE]
    return "".join(found[:length])


def _masked(secret):
    """The secret masked for a form, as Django's ``_mask_cipher_secret`` does it: a random
    mask, then each character shifted by the mask's."""
    mask = _random_string(csrf.CSRF_SECRET_LENGTH)
    cipher = "".join(CHARS[(PLACE[x] + PLACE[y]) % len(CHARS)] for x, y in zip(secret, mask))
    return mask + cipher


def _cookie_header(name, value, *, max_age, domain=None, path="/", secure=False, httponly=False, samesite=None):
    """A Set-Cookie value as ``HttpResponse.set_cookie`` writes it (tests compare the two)."""
    cookie = SimpleCookie()
    cookie[name] = value
    morsel = cookie[name]
    morsel["max-age"] = int(max_age)
    morsel["expires"] = http_date(time.time() + max_age)
    morsel["path"] = path
    if domain is not None:
        morsel["domain"] = domain
    if secure:
        morsel["secure"] = True
    if httponly:
        morsel["httponly"] = True
    if samesite:
        morsel["samesite"] = samesite
    return morsel.OutputString()


def _csrf_cookie(secret):
    """The CSRF cookie as CsrfViewMiddleware sets it."""
    return _cookie_header(
        settings.CSRF_COOKIE_NAME, secret, max_age=settings.CSRF_COOKIE_AGE,
        domain=settings.CSRF_COOKIE_DOMAIN, path=settings.CSRF_COOKIE_PATH,
        secure=settings.CSRF_COOKIE_SECURE, httponly=settings.CSRF_COOKIE_HTTPONLY,
        samesite=settings.CSRF_COOKIE_SAMESITE,
    )


def _history(value):
    """The product ids of a recently viewed cookie as Oscar reads it, None when it would not."""
    try:
        ids = json.loads(value)
    except ValueError:
        return None
    return ids if isinstance(ids, list) else []


def _history_cookie(viewed, product_id):
    """The recently viewed cookie with ``product_id`` added, as Oscar's CustomerHistoryManager
    writes it."""
    from oscar.apps.customer.history import CustomerHistoryManager

    return _cookie_header(CustomerHistoryManager.cookie_name, json.dumps(CustomerHistoryManager.add(list(viewed), product_id)),
                          **CustomerHistoryManager.cookie_kwargs)


def _kept_headers(headers, nonce):
    """A rendered page's headers as every hit sends them: its nonce a mark, its cookies, length
    and encoding made again."""
    return [(name, value.replace(f"'nonce-{nonce}'", f"'nonce-{page_cache.NONCE_MARK}'"))
            for name, value in headers if name.lower() not in UNSENT]
