"""Whole pages from the shared cache, with each visitor's own parts drawn in for them.

A newsletter's or a promotion's rush is mostly the same few pages. The home page, the catalogue,
a category, a product, the blog, an article and a comparison share link are the same for every
visitor but for their own parts, so a page is rendered once for a visitor with nothing of their
own, kept with those parts left as marks, and every later visitor gets it with theirs filled in:
- the CSRF token of every form (each visitor's own, set in their cookie as usual) and the CSP
  nonce of the inline scripts (each response's own, in its header): always;
- between ``<!--visitor:NAME-->`` marks, the account links, the basket link and mini-basket, the
  messages and the compare tray, and on a product page the wish-list links, the back-in-stock
  form, the invitation to write the first review and the recently viewed products, drawn for
  the visitor in one small render (``templates/bodybest/partials/visitor_parts.html`` and
  ``visitor_product_parts.html``), and the compare buttons of the products in their compare
  list turned to "In compare list" (catalog/compare_buttons.py).

Two middlewares serve it. ``SharedPageMiddleware`` sits after the language's and before the
authentication, messages and basket middleware: a visitor with no session, basket or message
cookie (the first visit from a newsletter) gets the kept page there, without a query. ``PageCacheMiddleware`` sits
after them, keeps pages, and serves everyone else: a basket, a signed-in session, a compare list,
a message. Rendered for the visitor instead: staff on a product page (it offers to edit the
product), a session holder on the comparison page (their own list is theirs), and a page with
nowhere to show a waiting message. A page served so still does what viewing a product does: the
visitor's recently viewed cookie, and the view counted.

What keeps pages fresh: a page is kept under its language, host and full path with the stamp it
was made under, the search documents' version (every product, price, stock, category, picture or
specification change replaces it, catalog/search/engine/cached.py) and a content version that
saving an article, a store page, an offer or a shipping method replaces; the two versions and the
page are read in one round trip, and a page under an old stamp is made again. Entries expire
after ``PAGE_CACHE_SECONDS`` whatever happens (an offer starting on its own, say); 0 turns it off.
"""
import hashlib
import re

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.translation import get_language
from oscar.apps.catalogue.signals import product_viewed
from oscar.core.loading import get_class, get_model

from bodybest import versions, visitor_parts
from catalog import compare_buttons
from catalog.comparison_list import comparison_for
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
# Pages whose every per-visitor part is between marks, so shared with sessions too (a product
# page but with staff, whom it offers to edit the product).
SHARED_WITH_SESSIONS = {"store-home", "catalogue:index", "catalogue:category", "catalogue:detail",
                        "blog:index", "blog:article"}
PRODUCT_PAGE = "catalogue:detail"
# A visitor's own page, kept for them alone and answered by the front while their basket,
# account and session stay as they were (bodybest/visitor_parts.py).
PRIVATE_PAGES = {"basket-page"}
# Rendered for staff, never served kept: their edit links and the note on missing French
# (bodybest/templatetags/content_languages.py).
STAFF_RENDERED = {PRODUCT_PAGE, "catalogue:category", "blog:article"}
CONTENT_VERSION_KEY = "page-cache:content-version"
FORMAT = "p5"  # in every key: entries of another shape are never read
TOKEN_MARK = "page-csrf-mark-5e0c2a"
NONCE_MARK = "page-nonce-mark-5e0c2a"
VISITOR_REGION = re.compile(r"<!--visitor:([a-z-]+)-->.*?<!--/visitor:\1-->", re.S)
MESSAGES_MARK = "<!--visitor:messages-->"
TOKEN_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
STATE_COOKIES = ("messages",)
FRONT_PRESENT = "bodybest.page_front"  # environ: the front (bodybest/page_front.py) keeps pages
FRONT_KEEP = "bodybest.page_front.keep"  # environ: (key, entry, nonce) for the front to keep  # with the session and basket cookies (settings)


def timeout():
    return settings.PAGE_CACHE_SECONDS


def has_basket(request):
    return bool(request.COOKIES.get(settings.OSCAR_BASKET_COOKIE_OPEN))


def has_session(request):
    return bool(request.COOKIES.get(settings.SESSION_COOKIE_NAME))


def has_history(request):
    return bool(request.COOKIES.get(settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME))


def clean_cookies(cookies):
    """Nothing of the visitor's own on any page: no session, basket or message cookie (a
    deleted cookie may come back empty, hence the truth test)."""
    return not any(cookies.get(name) for name in (settings.SESSION_COOKIE_NAME,
                                                  settings.OSCAR_BASKET_COOKIE_OPEN, *STATE_COOKIES))


def is_clean(request):
    return clean_cookies(request.COOKIES)


def may_share(request, view_name):
    """Whether ``view_name``'s kept page, with the visitor's parts drawn in, fits this visitor."""
    if view_name not in CACHEABLE_URL_NAMES:
        return False
    if not has_session(request):
        return True
    if view_name in STAFF_RENDERED and request.user.is_staff:
        return False
    return view_name in SHARED_WITH_SESSIONS


def content_changed(**kwargs):
    """Retire every cached page (bodybest/versions.py)."""
    versions.replace(CONTENT_VERSION_KEY)


def page_key(meta, language):
    """Where a page is kept: its language and the request's host, scheme, path and query string
    as the WSGI server gave them (``meta``: the WSGI environ, a request's META), so the front
    (bodybest/page_front.py) finds it before Django has read any of them. Kept only from a
    request Django answered with the page, so a host, scheme or path it refuses or redirects
    never has one. By digest: a key of fixed length, however long the query string. A key past
    250 characters makes Django warn, and every new warning text is remembered by the warnings
    module for the life of the process: one more entry per long URL ever seen."""
    where = "\n".join([
        meta.get("HTTP_HOST") or f"{meta.get('SERVER_NAME')}:{meta.get('SERVER_PORT')}",
        meta.get("wsgi.url_scheme", ""), meta.get("HTTP_X_FORWARDED_PROTO", ""),
        meta.get("SCRIPT_NAME", ""), meta.get("PATH_INFO", ""), meta.get("QUERY_STRING", ""),
    ])
    digest = hashlib.blake2b(where.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
    return f"page:{FORMAT}:{language}:{digest}"


def lookup(request):
    """(key, stamp, entry) for this request's page (``lookup_key``)."""
    return lookup_key(page_key(request.META, get_language()))


def keep(key, entry):
    cache.set(key, entry, timeout())


def lookup_key(key):
    """(key, stamp, entry) for the page kept under ``key`` in one round trip to Redis, or None
    without a shared cache (Redis down: every page rendered). The stamp is the search documents'
    and the content's versions now; a kept page made under another stamp is not found (entry
    None). The entry: content type, body, product id and, when the front kept it, headers."""
    found = cache.get_many([cached.VERSION_KEY, CONTENT_VERSION_KEY, key])
    documents = found.get(cached.VERSION_KEY) or cached.version()
    content = found.get(CONTENT_VERSION_KEY) or versions.current(CONTENT_VERSION_KEY)
    if documents is None or content is None:
        return None
    stamp = f"{documents}:{content}"
    kept = found.get(key)
    entry = kept[1:] if kept is not None and kept[0] == stamp else None
    return key, stamp, entry


class PageCacheMiddleware:
    """Keeps pages rendered for visitors with nothing of their own, and serves them, with
    their own parts drawn in, to visitors with a basket, a session, a compare list or a message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._page_cache_place = request._page_cache_private = None
        response = self.get_response(request)
        place, private = request._page_cache_place, request._page_cache_private
        if place is not None and is_clean(request) and _storable(request, response):
            key, stamp = place
            _keep(request, key, (stamp, *_entry(request, response)))
        elif private is not None and _storable(request, response):
            key, entry = private
            _keep(request, key, (*entry, *_entry(request, response)))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if timeout() <= 0 or request.method != "GET" or match is None:
            return None
        if match.view_name in PRIVATE_PAGES:
            self.keep_private(request)
            return None
        if not may_share(request, match.view_name):
            return None
        found = lookup(request)
        if found is None:
            return None
        key, stamp, entry = found
        if entry is None:
            request._page_cache_place = key, stamp  # rendered below, kept on the way out
            return None
        content_type, body, product_id = entry[:3]
        body = body.decode("utf-8")
        if MESSAGES_MARK not in body and len(get_messages(request)):
            return None  # a page with nowhere to show the visitor's messages: rendered for them
        if not is_clean(request) or (product_id is not None and has_history(request)):
            body = _with_visitor_parts(request, body, product_id, place=(key, stamp))  # else kept as they would see it
            if body is None:
                return None
        response = _response(request, content_type, body)
        if product_id is not None:
            _viewed(request, response, product_id)
        return response


    def keep_private(self, request):
        """Marks the visitor's own page to be kept for them as rendered (bodybest/visitor_parts.py),
        under the versions read before the render: a change made during it is never hidden."""
        found = lookup(request)
        if found is None or len(get_messages(request)):
            return
        state = visitor_parts.state_of(request.COOKIES, dict(request.session.items()))
        if state is not None:
            key, stamp, _ = found
            request._page_cache_private = (visitor_parts.private_key(key, state),
                                           (stamp, *visitor_parts.versions_of(state)))


def _keep(request, key, entry):
    if request.META.get(FRONT_PRESENT):  # kept by the front, with the headers sent
        request.META[FRONT_KEEP] = key, entry, str(request.csp_nonce)
    else:
        keep(key, entry)


def _entry(request, response):
    """What is kept of a page: its type, its HTML with the token and nonce as marks and the
    messages drawn empty (no visitor's message is ever kept), and the product it shows."""
    body = response.content.decode(response.charset)
    body = TOKEN_INPUT.sub(rf"\g<1>{TOKEN_MARK}\g<2>", body)
    nonce = getattr(request, "csp_nonce", None)
    if nonce is not None:
        body = body.replace(f'nonce="{nonce}"', f'nonce="{NONCE_MARK}"')
    no_messages = render_to_string("oscar/partials/alert_messages.html", {"messages": []}).strip()
    body = VISITOR_REGION.sub(lambda match: match.group(0) if match.group(1) != "messages" else no_messages, body)
    view_name = request.resolver_match.view_name
    product_id = int(request.resolver_match.kwargs["pk"]) if view_name == PRODUCT_PAGE else None
    return response["Content-Type"], body.encode("utf-8"), product_id, view_name  # bytes: the front sends them as kept


def _response(request, content_type, body):
    body = body.replace(TOKEN_MARK, get_token(request)).replace(NONCE_MARK, str(request.csp_nonce))
    response = HttpResponse(body, content_type=content_type)
    response["X-Page-Cache"] = "hit"
    return response


def _with_visitor_parts(request, body, product_id=None, place=None):
    """The page with the visitor's own parts drawn between its marks (templates/oscar/
    layout.html), all in one render (on a product page with its own parts, from the product
    alone: no stock, pictures or options), and their compare list's buttons turned on; None
    when the product is gone since. With ``place`` (the page's key and stamp), the parts are
    kept for the front to draw in next time (bodybest/visitor_parts.py)."""
    context = {}
    if product_id is not None:
        product = get_model("catalogue", "Product").objects.filter(pk=product_id).first()
        if product is None:
            return None
        with_stock_alert = "<!--visitor:stock-alert-->" in body
        # Parts the kept page already holds as this visitor would see them are not drawn: no
        # recently viewed products without the cookie, no back-in-stock form on a page without one.
        context.update(product=product, with_stock_alert=with_stock_alert, with_history=has_history(request))
        if with_stock_alert:
            ProductAlertForm = get_class("customer.forms", "ProductAlertForm")
            context.update(alert_form=ProductAlertForm(user=request.user, product=product),
                           has_active_alert=_has_active_alert(request.user, product))
    drawn = render_to_string("bodybest/partials/visitor_parts.html", context, request=request)
    parts = {match.group(1): match.group(0) for match in VISITOR_REGION.finditer(drawn)}
    listed = comparison_for(request).ids
    if place is not None and len(get_messages(request)) == 0:
        _keep_parts(request, place, parts, listed)
    return with_parts(body, parts, listed)


def with_parts(body, parts, listed):
    """``body`` with ``parts`` ({name: html}) between its marks and ``listed`` compare buttons on."""
    body = VISITOR_REGION.sub(lambda match: parts.get(match.group(1), match.group(0)), body)
    return compare_buttons.turned_on(body, listed) if listed else body


def _keep_parts(request, place, parts, listed):
    """The drawn parts kept for the visitor's next request, their token and nonce as marks."""
    state = visitor_parts.state_of(request.COOKIES, dict(request.session.items()))
    if state is None:
        return
    nonce = str(request.csp_nonce)
    kept = {name: TOKEN_INPUT.sub(rf"\g<1>{TOKEN_MARK}\g<2>", html).replace(f'nonce="{nonce}"', f'nonce="{NONCE_MARK}"')
            for name, html in parts.items() if name != "messages"}
    key, stamp = place
    visitor_parts.keep(key, state, stamp, kept, listed, request.user.is_staff)


def _has_active_alert(user, product):
    """As Oscar's product page asks it (oscar.apps.catalogue.views.ProductDetailView)."""
    if not user.is_authenticated:
        return False
    ProductAlert = get_model("customer", "ProductAlert")
    return ProductAlert.objects.filter(product=product, user=user, status=ProductAlert.ACTIVE).exists()


def _viewed(request, response, product_id):
    """What viewing a product does besides the page, as Oscar's view would: the visitor's
    recently viewed cookie and the view counted (catalog/analytics_receivers.py)."""
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
        get_model("voucher", "Voucher"),  # a basket's discounts
        get_model("catalogue", "ProductAttribute"),  # filter names
        get_model("catalogue", "AttributeOption"),
        get_model("courses", "Course"),  # a course's product page: what it includes, its lessons
        get_model("courses", "Lesson"),
        get_model("courses", "Association"),
        get_model("courses", "RefundPolicy"),
    ]
    for model in models:
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-delete")
