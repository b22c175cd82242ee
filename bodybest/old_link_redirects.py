"""The old Shopify store's addresses, answered with a 301 to the page that replaced them.

Only Shopify's own shapes reach these views (``urlpatterns``), so no other page pays anything
for them. Shopify Markets published the French store as the same shapes under ``/fr/``
(``/fr/products/<handle>``): those answer the same way, with the French page. What an address
leads to, in order:

1. A link recorded for it (bodybest/old_links.py: by the import, or by staff in the admin),
   found in one query on OldLink's unique path index, however many links there are.
2. Otherwise the shape's own answer: ``/cart`` the basket, ``/account`` the account,
   ``/search?q=`` our search with the query, ``/collections/all`` the catalogue, ``/blogs/<blog>``
   the blog, a contact, shipping, returns or privacy page ours, and a product, collection,
   article or tag whose slug here is the old handle.
3. Otherwise a 404 with the search box filled with the handle's words.

An unprefixed address answers with an English page (a French visitor is then sent on to the
French page by bodybest/language.py), a ``/fr/`` one with the French page: records are kept
under the English form of the path, and a recorded target is translated (``_localised``). A
target is a path of this site (old_links.is_local_target) and never an old address itself, in
either language, so no answer leaves the site or comes back here. A 301 and a 404 are never
kept by the page cache (page_cache._storable keeps 200s of pages it knows by name). Each
follow of a recorded link is counted without a write of its own (old_link_follows.py).
"""
import posixpath
import re
from urllib.parse import unquote, urlencode

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import Resolver404, include, re_path, resolve, reverse, translate_url
from django.utils import translation
from django.utils.cache import patch_cache_control
from oscar.core.loading import get_model

from . import old_link_follows, old_links
from .language import language_of_path, store_page, url_prefix, without_prefix

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

HANDLE = r"(?P<handle>[^/]+)"
SLASH = r"/?$"
# A 301 without a lifetime is kept by browsers for good: staff may point an old link elsewhere
# later, and a visitor's browser asks again after this long.
REDIRECT_MAX_AGE = 3600
# Query parameters worth carrying to the new page: a newsletter's or an ad's campaign tags.
KEPT_PARAMETERS = re.compile(r"^utm_[a-z]+$")

# Shopify's usual handles for the pages we have under another address (store pages and views).
PAGES = {
    "contact": "contact", "contact-us": "contact",
    "shipping": "shipping", "shipping-policy": "shipping", "livraison": "shipping",
    "returns": "/returns/", "return-policy": "/returns/", "refund-policy": "/returns/",
    "refunds": "/returns/", "retours": "/returns/",
    "privacy": "/privacy/", "privacy-policy": "/privacy/", "confidentialite": "/privacy/",
    "about": "/about/", "about-us": "/about/",
}


def _language(request):
    """The old address's language: English unprefixed, French under ``/fr/``."""
    return language_of_path(request.path_info)


def _old_path(request):
    """The old address in its English form (``/fr/products/a`` -> ``/products/a``): the form
    links are recorded under, for both languages."""
    return without_prefix(request.path_info)


def _page(request, view_name_or_path, *args):
    """Our page (a view's name and its arguments, or a store page's path) in the old address's
    language."""
    code = _language(request)
    if view_name_or_path.startswith("/"):
        return store_page(view_name_or_path, code)
    with translation.override(code):
        return reverse(view_name_or_path, args=args)


def _localised(request, target):
    """A recorded target (an English path, as recorded) as the page in the old address's
    language: a view's page by its URL name (a product's English slug under /fr/ is then sent on
    to the French slug by Oscar's view), a store page by its path under the prefix."""
    code = _language(request)
    if code == settings.LANGUAGE_CODE or language_of_path(target) != settings.LANGUAGE_CODE:
        return target
    path, mark, query = target.partition("?")
    with translation.override(settings.LANGUAGE_CODE):
        try:
            resolve(path)
        except Resolver404:  # a store page (a flat page, served on a 404)
            return store_page(path, code) + mark + query
        return translate_url(target, code)


def _moved(request, target, query=None):
    """A 301 to ``target``, with the campaign tags of the old link (or ``query`` if given)."""
    if query is None:
        query = [(key, value) for key, values in request.GET.lists() for value in values
                 if KEPT_PARAMETERS.match(key)]
    if query:
        target += ("&" if "?" in target else "?") + urlencode(query)
    response = HttpResponsePermanentRedirect(target)
    patch_cache_control(response, max_age=REDIRECT_MAX_AGE)
    return response


def _recorded(request, *paths):
    """The target recorded for the first of ``paths`` (English forms) that has one (one query),
    in the old address's language, or None; a target that is an old address itself (this one or
    another) is ignored, so no link can loop. The follow is counted (old_link_follows.py)."""
    keys = [old_links.normalise(path) for path in paths]
    found = {path: (target, pk) for path, target, pk in old_links.OldLink.objects
             .filter(path__in=keys).order_by().values_list("path", "target_url", "pk")}
    for key in keys:
        target, pk = found.get(key, (None, None))
        # A row that points at an old address (set before the form refused it, or by hand in
        # the database) is not followed: two such rows would send a visitor round in a loop.
        if target and old_links.is_local_target(target) and not is_old_address(target):
            old_link_follows.count_follow(pk)
            return _localised(request, target)
    return None


def not_found(request, handle):
    """Our 404, its search box filled with the old handle's words ('whey-isolate' -> 'whey
    isolate') so the shopper is one click from what the old link was about."""
    words = " ".join(re.split(r"[-_+\s]+", handle.lower())).strip()[:100]
    return render(request, "bodybest/old_link_not_found.html", {"words": words}, status=404)


def _product_target(handle, code):
    with translation.override(code):
        product = (Product.objects.browsable().filter(Q(slug_en_ca=handle) | Q(slug_fr_ca=handle))
                   .only("pk", "slug_en_ca", "slug_fr_ca").order_by("pk").first())
        return product.get_absolute_url() if product else None


def _category_target(handle, code):
    with translation.override(code):
        category = (Category.objects.filter(Q(slug_en_ca=handle) | Q(slug_fr_ca=handle))
                    .order_by("depth", "pk").first())
        return category.get_absolute_url() if category else None


def product(request, handle, collection=None):
    """``/products/<handle>`` (``?variant=`` dropped: the product page offers the variants) and
    ``/collections/<collection>/products/<handle>``."""
    handle = handle.lower()
    target = _recorded(request, _old_path(request), f"/products/{handle}")
    target = target or _product_target(handle, _language(request))
    return _moved(request, target) if target else not_found(request, handle)


def collection(request, handle):
    handle = handle.lower()
    if handle in ("all", "frontpage"):
        return _moved(request, _page(request, "catalogue:index"))
    target = _recorded(request, _old_path(request)) or _category_target(handle, _language(request))
    return _moved(request, target) if target else not_found(request, handle)


def blog(request, blog):
    return _moved(request, _recorded(request, _old_path(request)) or _page(request, "blog:index"))


def blog_feed(request, blog):
    return _moved(request, _page(request, "blog:atom"))


def article(request, blog, handle):
    handle = handle.lower()
    target = _recorded(request, _old_path(request))
    if target is None:
        Article = get_model("blog", "Article")
        found = (Article.objects.published().filter(Q(slug_en_ca=handle) | Q(slug_fr_ca=handle))
                 .only("pk", "slug_en_ca", "slug_fr_ca").first())
        if found:
            with translation.override(_language(request)):
                target = found.get_absolute_url()
    return _moved(request, target) if target else not_found(request, handle)


def tagged(request, blog, tag):
    """A blog's tag page; the blog itself when no tag of ours has that slug."""
    Tag = get_model("blog", "Tag")
    tag = tag.lower()
    target = _recorded(request, _old_path(request))
    if target is None:
        slug = Tag.objects.filter(slug=tag).values_list("slug", flat=True).first()
        target = _page(request, "blog:tag", slug) if slug else _page(request, "blog:index")
    return _moved(request, target)


def page(request, handle):
    """``/pages/<handle>`` and Shopify's ``/policies/<handle>``: a recorded link first (staff may
    point even ``/pages/contact`` elsewhere), then the store pages we have under their own names."""
    handle = handle.lower()
    target = _recorded(request, _old_path(request))
    if target is None and handle in PAGES:
        target = _page(request, PAGES[handle])
    return _moved(request, target) if target else not_found(request, handle)


def fixed(view_name):
    """An address with one answer and no lookup: ``/cart``, ``/account``."""
    def view(request, **kwargs):
        return _moved(request, _page(request, view_name))
    view.__name__ = f"old_{view_name.replace(':', '_').replace('-', '_')}"
    return view


def search(request):
    """``/search?q=…``: our search with the same words."""
    words = request.GET.get("q", "")[:200]
    return _moved(request, _page(request, "search:search"), [("q", words)] if words else [])


urlpatterns = [
    re_path(r"^products/" + HANDLE + SLASH, product, name="old-product"),
    re_path(r"^collections/(?P<collection>[^/]+)/products/" + HANDLE + SLASH, product,
            name="old-collection-product"),
    re_path(r"^collections/" + HANDLE + SLASH, collection, name="old-collection"),
    re_path(r"^blogs/(?P<blog>[^/.]+)\.atom$", blog_feed, name="old-blog-feed"),
    re_path(r"^blogs/(?P<blog>[^/]+)/tagged/(?P<tag>[^/]+)" + SLASH, tagged, name="old-blog-tag"),
    re_path(r"^blogs/(?P<blog>[^/]+)/" + HANDLE + SLASH, article, name="old-article"),
    re_path(r"^blogs/(?P<blog>[^/]+)" + SLASH, blog, name="old-blog"),
    re_path(r"^(?:pages|policies)/" + HANDLE + SLASH, page, name="old-page"),
    re_path(r"^cart" + SLASH, fixed("basket-page"), name="old-cart"),
    re_path(r"^account(?:/(?:login|register))?" + SLASH, fixed("customer:summary"), name="old-account"),
    re_path(r"^search$", search, name="old-search"),
]


# The language prefixes the old store's other languages were published under ("fr/").
PREFIXES = "|".join(re.escape(url_prefix(code)) for code, _name in settings.LANGUAGES if url_prefix(code))

# One anchored look-ahead in front of them all, the language prefix optional: any other page's
# path is refused by this one expression instead of being tried against each shape
# (bodybest/urls.py includes ``gate`` ahead of the storefront's /fr/ pages).
gate = [re_path(rf"^(?:{PREFIXES})?(?=(?:products|collections|blogs|pages|policies)/|cart(?:/|$)|account(?:/|$)|search$)",
                include(urlpatterns))]

# The shapes whose answer a recorded link can set (the others have one fixed answer).
RECORDED = {"old-product", "old-collection-product", "old-collection", "old-blog-tag",
            "old-article", "old-blog", "old-page"}


def _shape(path):
    # As a browser asks for it: percent-escapes decoded, "." and ".." segments resolved
    # ("/%70ages/a" and "/x/../pages/a" are /pages/a), without query or fragment.
    path = posixpath.normpath("/" + unquote(re.split(r"[?#]", path, maxsplit=1)[0]).lstrip("/"))
    path = without_prefix(path).lstrip("/")
    for pattern in urlpatterns:
        match = pattern.pattern.regex.match(path)
        if match:
            return pattern.name, match
    return None, None


def is_old_address(path):
    """Whether ``path`` has one of the shapes above, in any language (``/fr/products/a`` too):
    such a path is answered by a redirect, so it may not be the target of one."""
    return _shape(path)[0] is not None


def is_french_form(path):
    """Whether ``path`` is an old address under a language prefix: it follows the record of
    its English form, so it is never recorded itself."""
    return is_old_address(path) and without_prefix(path) != path


def is_recordable(path):
    """Whether a link recorded for ``path`` (normalised) is ever followed: a shape looked up
    in OldLink, without a language prefix, ``/collections/all`` (always the catalogue) left out."""
    if is_french_form(path):
        return False
    name, match = _shape(path)
    return name in RECORDED and not (name == "old-collection" and match["handle"] in ("all", "frontpage"))
