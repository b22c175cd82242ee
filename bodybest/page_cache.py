"""Whole pages for visitors who have nothing of their own on them, from the shared cache.

Most of a newsletter's or a promotion's rush are first-time visitors: no session, no basket, no
messages. For them the home page, the catalogue, a category, a product, the blog, an article and
a comparison share link are the same page but for what is filled in for each request:
- the CSRF token of every form (each visitor's own, set in their cookie as usual);
- the CSP nonce of the inline scripts (each response's own, in its header);
- for a visitor with a basket, the basket link and mini-basket, drawn for them between marks
  (only a page rendered for a visitor without a basket is kept).
The page is rendered once, those two are swapped for marks and it is kept in the shared cache;
every later clean visitor gets it with their own token and nonce written in. A product page
served so still does what viewing a product does: the visitor's recently viewed cookie, and the
view counted. A visitor with a session (signed in, a compare list, the storefront password) or a
message waiting, or on a product page with recently viewed products to list, gets the page
rendered for them, as before.

What the key holds keeps pages fresh: the search documents' version (every product, price,
stock, category, picture or specification change retires every page, catalog/search/engine/
cached.py), a content version that saving an article, a store page, an offer or a shipping
method replaces, the language, host and full path; and entries expire after ``TIMEOUT`` seconds
whatever happens (an offer starting on its own, say). ``PAGE_CACHE_SECONDS=0`` turns it off.
"""
import re

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.middleware.csrf import get_token
from django.utils.translation import get_language
from oscar.apps.catalogue.signals import product_viewed
from oscar.core.loading import get_model

from bodybest import versions
from catalog.search.engine import cached

CACHEABLE_URL_NAMES = {
    "store-home",
    "catalogue:index",
    "catalogue:category",
    "catalogue:detail",
    "blog:index",
    "blog:article",
    "compare:page",  # a share link, or an empty list: the same for every clean visitor
}
PRODUCT_PAGE = "catalogue:detail"
CONTENT_VERSION_KEY = "page-cache:content-version"
TOKEN_MARK = "page-csrf-mark-5e0c2a"
NONCE_MARK = "page-nonce-mark-5e0c2a"
BASKET_REGION = re.compile(r"<!--visitor:basket-->.*?<!--/visitor:basket-->", re.S)
TOKEN_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
STATE_COOKIES = ("messages",)  # with the session and basket cookies (settings)


def timeout():
    return settings.PAGE_CACHE_SECONDS


def has_basket(request):
    return bool(request.COOKIES.get(settings.OSCAR_BASKET_COOKIE_OPEN))


def is_clean(request, view_name=""):
    """A visitor the shared page fits: no session or message, and on a product page no
    recently viewed products (the page lists them). A basket is redrawn for its visitor."""
    cookies = request.COOKIES
    own = [settings.SESSION_COOKIE_NAME, *STATE_COOKIES]
    if view_name == PRODUCT_PAGE:
        own.append(settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME)
    return not any(cookies.get(name) for name in own)  # a deleted cookie may come back empty


def content_changed(**kwargs):
    """Retire every cached page (bodybest/versions.py)."""
    versions.replace(CONTENT_VERSION_KEY)


def page_key(request):
    # Both versions in one round trip to Redis; either missing is made as usual.
    found = cache.get_many([cached.VERSION_KEY, CONTENT_VERSION_KEY])
    documents = found.get(cached.VERSION_KEY) or cached.version()
    content = found.get(CONTENT_VERSION_KEY) or versions.current(CONTENT_VERSION_KEY)
    if documents is None or content is None:
        return None  # no shared cache (Redis down): render every page
    return f"page:{documents}:{content}:{get_language()}:{request.get_host()}:{request.get_full_path()}"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._page_cache_key = None
        response = self.get_response(request)
        key = request._page_cache_key
        if key is not None and not has_basket(request) and _storable(request, response):
            body = response.content.decode(response.charset)
            body = TOKEN_INPUT.sub(rf"\g<1>{TOKEN_MARK}\g<2>", body)
            nonce = getattr(request, "csp_nonce", None)
            if nonce is not None:
                body = body.replace(f'nonce="{nonce}"', f'nonce="{NONCE_MARK}"')
            cache.set(key, (response["Content-Type"], body), timeout())
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            timeout() <= 0
            or request.method != "GET"
            or match is None
            or match.view_name not in CACHEABLE_URL_NAMES
            or not is_clean(request, match.view_name)
        ):
            return None
        key = page_key(request)
        if key is None:
            return None
        entry = cache.get(key)
        if entry is None:
            request._page_cache_key = key  # rendered below, kept on the way out
            return None
        content_type, body = entry
        if has_basket(request):
            body = _with_visitor_basket(request, body)
        body = body.replace(TOKEN_MARK, get_token(request)).replace(NONCE_MARK, str(request.csp_nonce))
        response = HttpResponse(body, content_type=content_type)
        response["X-Page-Cache"] = "hit"
        if match.view_name == PRODUCT_PAGE:
            _viewed(request, response, match.kwargs["pk"])
        return response


def _with_visitor_basket(request, body):
    """The page with the visitor's own basket link and mini-basket drawn between its marks
    (templates/oscar/layout.html); the shared page holds an empty basket's."""
    own = render_to_string("bodybest/partials/visitor_basket.html", request=request)
    return BASKET_REGION.sub(lambda _match: f"<!--visitor:basket-->{own}<!--/visitor:basket-->", body, count=1)


def _viewed(request, response, product_id):
    """What viewing a product does besides the page, as Oscar's view would: the visitor's
    recently viewed cookie and the view counted (catalog/analytics.py)."""
    Product = get_model("catalogue", "Product")
    product_viewed.send(
        sender=PageCacheMiddleware, product=Product(pk=int(product_id)), user=request.user,
        request=request, response=response,
    )


def _storable(request, response):
    """Only a page as any clean visitor would get it: a 200 of HTML that gave this visitor
    nothing of their own (no session, basket or message cookie set on the way out)."""
    if response.status_code != 200 or response.streaming or request.method != "GET":
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
        return False
    allowed = {settings.CSRF_COOKIE_NAME}
    if request.resolver_match.view_name == PRODUCT_PAGE:
        allowed.add(settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME)  # set again on every hit
    return set(response.cookies) <= allowed


def connect():
    """Saving what pages show besides products retires the cached pages."""
    models = [
        get_model("blog", "Article"),
        get_model("flatpages", "FlatPage"),
        get_model("offer", "ConditionalOffer"),
        get_model("offer", "Range"),
        get_model("shipping", "WeightBased"),
        get_model("catalogue", "Category"),
        get_model("reviews", "ProductReview"),
    ]
    for model in models:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-delete")
