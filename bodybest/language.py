"""The storefront's two languages: where each page is in the other one, and which one a first
visit gets (README, "French for Quebec").

- English pages are unprefixed and French ones live under ``/fr/``: ``storefront_patterns`` is
  Django's ``i18n_patterns`` with the language's first part as the prefix (``fr-ca`` -> ``fr/``),
  so a shared link reads ``/fr/catalogue/`` rather than ``/fr-ca/catalogue/``.
- ``page_in(request, code)``: this page's address in language ``code``, its query string kept.
  A view's page is found again by its URL name (``translate_url``; a product's or category's
  slug in the other language is then the view's redirect); a store page (a flat page, served
  on a 404) by its path under the other prefix.
- ``FirstVisitLanguageMiddleware``: a GET of an English page from a visitor who has not chosen
  a language with the switcher (no language cookie) and whose browser puts French first is sent
  to the same page in French, and so is one whose cookie says French. A French page never
  redirects (a link to it is followed as written), so no visit can loop. The redirect is never
  stored (``Cache-Control: private, no-store``), by our page cache either: this middleware runs
  before it. It varies by cookie and Accept-Language, as the English page does already
  (LocaleMiddleware's Vary, and the CSRF token of its forms).
- ``FlatpageFallbackMiddleware``: Django's, finding a store page under ``/fr/`` by its one URL
  (``/returns/``) too.
"""
from django.conf import settings
from django.contrib.flatpages.middleware import FlatpageFallbackMiddleware as DjangoFlatpageFallback
from django.contrib.flatpages.views import flatpage
from django.http import Http404, HttpResponseRedirect
from django.urls import LocalePrefixPattern, URLResolver, resolve, translate_url
from django.urls.exceptions import Resolver404
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers


def bcp47(code):
    """``fr-ca`` -> ``fr-CA``, as ``lang`` and ``hreflang`` are written."""
    return translation.to_locale(code).replace("_", "-")


def url_prefix(code):
    """The path segment of language ``code``'s pages: ``""`` for English, ``"fr/"`` for French."""
    return "" if code == settings.LANGUAGE_CODE else f"{code.split('-')[0]}/"


class ShortLocalePrefixPattern(LocalePrefixPattern):
    """Django's language prefix, shortened to the language's first part (``fr-ca`` -> ``fr/``);
    Django reads a path's ``/fr/`` back as ``fr-ca``, the one French it knows."""

    @property
    def language_prefix(self):
        return url_prefix(translation.get_language() or settings.LANGUAGE_CODE)


def storefront_patterns(*urls):
    """``i18n_patterns(*urls, prefix_default_language=False)`` under the short prefix."""
    return [URLResolver(ShortLocalePrefixPattern(prefix_default_language=False), list(urls))]


def language_of_path(path):
    """The language a path is in by its prefix (English when it has none)."""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


def without_prefix(path):
    """``path`` as the English page's path: ``/fr/returns/`` -> ``/returns/``."""
    prefix = url_prefix(language_of_path(path))
    return path[len(prefix):] if prefix else path


def store_page(url, code=None):
    """A store page (a flat page, kept under its one URL) in language ``code`` (the active one
    unless told): ``/returns/`` or ``/fr/returns/``."""
    code = code or translation.get_language() or settings.LANGUAGE_CODE
    return "/" + url_prefix(code) + url.lstrip("/")


def page_in(request, code):
    """This page's address (path and query string) in language ``code``."""
    full_path = request.get_full_path()
    if code == language_of_path(request.path_info):
        return full_path
    try:
        resolve(request.path_info)
    except Resolver404:  # a store page, kept by URL (FlatpageFallbackMiddleware)
        query = request.META.get("QUERY_STRING", "")
        return store_page(without_prefix(request.path_info), code) + (f"?{query}" if query else "")
    return translate_url(full_path, code)


def alternate_paths(request):
    """[(language code, path)] of this page in every language, its query string left out."""
    return [(code, page_in(request, code).split("?", 1)[0]) for code, _ in settings.LANGUAGES]


FRENCH = "fr-ca"


def chosen_or_asked(request):
    """The visitor's language: the switcher's cookie, else the browser's Accept-Language, else
    English."""
    return translation.get_language_from_request(request, check_path=False)


class FirstVisitLanguageMiddleware:
    """Sends an English page's visitor who wants French to the French page (module docstring).
    After LocaleMiddleware, before the page cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The visitor's wish first: a cookie and a parsed (cached) header. Finding the French
        # address resolves and reverses the URL, which a kept page's visitor in English (most of
        # a rush) would otherwise pay on every request.
        if chosen_or_asked(request) != settings.LANGUAGE_CODE:
            french = self.french_counterpart(request)
            if french is not None:
                response = HttpResponseRedirect(french)
                patch_vary_headers(response, ("Accept-Language", "Cookie"))
                add_never_cache_headers(response)
                return response
        return self.get_response(request)

    def french_counterpart(self, request):
        """The French address of the English storefront page a GET asks for, else None (a
        French page, a store page or a 404, an address with one language: the dashboard)."""
        if request.method not in ("GET", "HEAD"):
            return None
        if translation.get_language_from_path(request.path_info):
            return None  # a French page: followed as written
        try:
            resolve(request.path_info)
        except Resolver404:
            return None  # a store page or a 404: the visitor reads it in English
        full_path = request.get_full_path()
        french = translate_url(full_path, FRENCH)
        return french if french != full_path else None


class FlatpageFallbackMiddleware(DjangoFlatpageFallback):
    """Django's store pages on a 404, found under ``/fr/`` by their one URL as well."""

    def process_response(self, request, response):
        if response.status_code != 404 or not translation.get_language_from_path(request.path_info):
            return super().process_response(request, response)
        try:
            return flatpage(request, without_prefix(request.path_info))
        except Http404:
            return response
        except Exception:
            if settings.DEBUG:
                raise
            return response
