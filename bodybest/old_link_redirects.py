"""The old Shopify store's addresses, answered with a 301 to the page that replaced them.

Only Shopify's own shapes reach these views (``urlpatterns``, one address in every language), so
no other page pays anything for them. What an address leads to, in order:

1. A link recorded for it (bodybest/old_links.py: by the import, or by staff in the admin),
   found in one query on OldLink's unique path index, however many links there are.
2. Otherwise the shape's own answer: ``/cart`` the basket, ``/account`` the account,
   ``/search?q=`` our search with the query, ``/collections/all`` the catalogue, ``/blogs/<blog>``
   the blog, a contact, shipping, returns or privacy page ours, and a product, collection,
   article or tag whose slug here is the old handle.
3. Otherwise a 404 with the search box filled with the handle's words.

Every answer is an English address (a French visitor is sent on to the French page by
bodybest/language.py); a target is a path of this site (old_links.is_local_target) and never an
old address itself, so no answer leaves the site or comes back here. A 301 and a 404 are
never kept by the page cache (page_cache._storable keeps 200s of pages it knows by name).
"""
import re
from urllib.parse import urlencode

from django.db.models import Q
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import include, re_path, reverse
from django.utils import translation
from oscar.core.loading import get_model

from . import old_links

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

HANDLE = r"(?P<handle>[^/]+)"
SLASH = r"/?$"
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


def _english(view_name_or_path, *args):
    if view_name_or_path.startswith("/"):
        return view_name_or_path
    with translation.override("en-ca"):
        return reverse(view_name_or_path, args=args)


def _moved(request, target, query=None):
    """A 301 to ``target``, with the campaign tags of the old link (or ``query`` if given)."""
    if query is None:
        query = [(key, value) for key, values in request.GET.lists() for value in values
                 if KEPT_PARAMETERS.match(key)]
    if query:
        target += ("&" if "?" in target else "?") + urlencode(query)
    return HttpResponsePermanentRedirect(target)


def _recorded(request, *paths):
    """The target recorded for the first of ``paths`` that has one (one query), or None; a
    target that is this very address again is ignored, so no link can loop."""
    keys = [old_links.normalise(path) for path in paths]
    found = dict(old_links.OldLink.objects.filter(path__in=keys).order_by()
                 .values_list("path", "target_url"))
    here = old_links.normalise(request.path_info)
    for key in keys:
        target = found.get(key)
        if target and old_links.is_local_target(target) and old_links.normalise(target) != here:
            return target
    return None


def not_found(request, handle):
    """Our 404, its search box filled with the old handle's words ('whey-isolate' -> 'whey
    isolate') so the shopper is one click from what the old link was about."""
    words = " ".join(re.split(r"[-_+\s]+", handle.lower())).strip()[:100]
    return render(request, "bodybest/old_link_not_found.html", {"words": words}, status=404)


def _product_target(handle):
    with translation.override("en-ca"):
        product = (Product.objects.browsable().filter(Q(slug_en_ca=handle) | Q(slug_fr_ca=handle))
                   .only("pk", "slug_en_ca", "slug_fr_ca").order_by("pk").first())
        return product.get_absolute_url() if product else None


def _category_target(handle):
    with translation.override("en-ca"):
        category = (Category.objects.filter(Q(slug_en_ca=handle) | Q(slug_fr_ca=handle))
                    .order_by("depth", "pk").first())
        return category.get_absolute_url() if category else None


def product(request, handle, collection=None):
    """``/products/<handle>`` (``?variant=`` dropped: the product page offers the variants) and
    ``/collections/<collection>/products/<handle>``."""
    handle = handle.lower()
    target = _recorded(request, request.path_info, f"/products/{handle}")
    target = target or _product_target(handle)
    return _moved(request, target) if target else not_found(request, handle)


def collection(request, handle):
    handle = handle.lower()
    if handle in ("all", "frontpage"):
        return _moved(request, _english("catalogue:index"))
    target = _recorded(request, request.path_info) or _category_target(handle)
    return _moved(request, target) if target else not_found(request, handle)


def blog(request, blog):
    return _moved(request, _recorded(request, request.path_info) or _english("blog:index"))


def blog_feed(request, blog):
    return _moved(request, _english("blog:atom"))


def article(request, blog, handle):
    handle = handle.lower()
    target = _recorded(request, request.path_info)
    if target is None:
        Article = get_model("blog", "Article")
        found = (Article.objects.published().filter(Q(slug_en_ca=handle) | Q(slug_fr_ca=handle))
                 .only("pk", "slug_en_ca").first())
        target = found and _english("blog:article", found.slug_en_ca)
    return _moved(request, target) if target else not_found(request, handle)


def tagged(request, blog, tag):
    """A blog's tag page; the blog itself when no tag of ours has that slug."""
    Tag = get_model("blog", "Tag")
    tag = tag.lower()
    target = _recorded(request, request.path_info)
    if target is None:
        slug = Tag.objects.filter(slug=tag).values_list("slug", flat=True).first()
        target = _english("blog:tag", slug) if slug else _english("blog:index")
    return _moved(request, target)


def page(request, handle):
    """``/pages/<handle>`` and Shopify's ``/policies/<handle>``: a recorded link first (staff may
    point even ``/pages/contact`` elsewhere), then the store pages we have under their own names."""
    handle = handle.lower()
    target = _recorded(request, request.path_info)
    if target is None and handle in PAGES:
        target = _english(PAGES[handle])
    return _moved(request, target) if target else not_found(request, handle)


def fixed(view_name):
    """An address with one answer and no lookup: ``/cart``, ``/account``."""
    def view(request, **kwargs):
        return _moved(request, _english(view_name))
    view.__name__ = f"old_{view_name.replace(':', '_').replace('-', '_')}"
    return view


def search(request):
    """``/search?q=…``: our search with the same words."""
    words = request.GET.get("q", "")[:200]
    return _moved(request, _english("search:search"), [("q", words)] if words else [])


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


# One anchored look-ahead in front of them all: any other page's path is refused by this one
# expression instead of being tried against each shape (bodybest/urls.py includes ``gate``).
gate = [re_path(r"^(?=(?:products|collections|blogs|pages|policies)/|cart(?:/|$)|account(?:/|$)|search$)",
                include(urlpatterns))]

# The shapes whose answer a recorded link can set (the others have one fixed answer).
RECORDED = {"old-product", "old-collection-product", "old-collection", "old-blog-tag",
            "old-article", "old-blog", "old-page"}


def _shape(path):
    path = path.split("?", 1)[0].lstrip("/")
    for pattern in urlpatterns:
        match = pattern.pattern.regex.match(path)
        if match:
            return pattern.name, match
    return None, None


def is_old_address(path):
    """Whether ``path`` has one of the shapes above: such a path is answered by a redirect, so
    it may not be the target of one."""
    return _shape(path)[0] is not None


def is_recordable(path):
    """Whether a link recorded for ``path`` (normalised) is ever followed: a shape looked up
    in OldLink, ``/collections/all`` (always the catalogue) left out."""
    name, match = _shape(path)
    return name in RECORDED and not (name == "old-collection" and match["handle"] in ("all", "frontpage"))
