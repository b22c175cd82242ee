"""What search engines and link previews read about a page.

- Absolute URLs are built on the configured site (django.contrib.sites, ``SITE_ID``) with
  ``OSCAR_URL_SCHEMA``, as our mail does, never from the request's Host header: a page fetched
  through another host name or port still names the one public address.
- Every page has an address in each language (bodybest/language.py): ``alternates`` lists them
  for ``hreflang`` links, and a page's canonical is its own language's address.
- ``listing_canonical``: the canonical URL of a catalogue or category page. Sorting and
  filtering only rearrange the same products, so they point at the plain page; a page number
  past the first is kept, because Google asks each page of a series to be its own canonical
  (its guide to pagination and incremental page loading).
- Meta descriptions for the pages that have no object to describe (home, catalogue, price
  match, blog, the store pages staff edit), in our words; a store page staff add later is
  described by the start of its text.
- ``organization_data``: the home page's schema.org Organization, read from
  ``bodybest.business.BUSINESS``.
- ``json_ld_script``: JSON-LD in a ``<script type="application/ld+json">`` block, with ``<``,
  ``>`` and ``&`` written as JSON escapes so no value (a product title holding
  ``</script>``) can end the block.
"""
import html
import json
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import to_locale

from bodybest import language
from bodybest.business import BUSINESS
from bodybest.staff_html import clean_staff_html

SCHEMA_CONTEXT = "https://schema.org"
SHARE_IMAGE = "bodybest/img/share.png"  # 1200 x 630, for pages without a picture of their own
SHARE_IMAGE_SIZE = (1200, 630)
LOGO_IMAGE = "bodybest/img/logo.png"
DESCRIPTION_LENGTH = 160  # characters; search results cut longer descriptions

# Pages search engines may follow but not list: every search is a new URL of results that
# the catalogue and category pages already hold (robots.txt also asks crawlers to skip them).
NOINDEX_URL_NAMES = {"search:search"}

# Keyed by URL name (``app:name``).
PAGE_DESCRIPTIONS = {
    "store-home": (
        "Canadian supplier of massage tables, percussion massage guns, hot stones, oils and "
        "trigger-point tools for therapists and home care since 1991."
    ),
    "catalogue:index": (
        "Everything Body Best sells: massage tables, massage guns, hot and cold stones, oils "
        "and lotions, linens, bolsters and trigger-point tools, shipped across Canada."
    ),
    "price_match:policy": (
        "Seen an identical item for less at another Canadian store? How Body Best's Price "
        "Match Assurance works, what qualifies and how to ask for a match."
    ),
}

# Store pages (staff edit their text as flat pages; some are drawn by a view of their own)
# and the basket, keyed by URL. Nothing here repeats a figure staff may change (the free-shipping threshold,
# the return window).
STORE_PAGE_DESCRIPTIONS = {
    "/shipping/": (
        "How Body Best ships to every province and territory: Standard and Express rates, "
        "free standard shipping on larger orders, delivery times and large items."
    ),
    "/returns/": (
        "Returning or exchanging something bought from Body Best: what can come back and "
        "when, damaged or faulty goods, and how your refund reaches you."
    ),
    "/privacy/": (
        "The personal information Body Best collects, why we keep it, "
        "who sees it and how to ask for it or have it removed, under PIPEDA."
    ),
    "/about/": (
        "Body Best has supplied Canadian massage therapists, clinics and spas since 1991: "
        "who we are, where your order ships from and how to reach us."
    ),
    # Not indexed (robots.txt), but shared and bookmarked, and Lighthouse asks for one.
    "/basket/": (
        "Your Body Best basket: the items you chose, prices before tax, shipping to your "
        "province and how close you are to free standard shipping."
    ),
    "/inclusive-community/": (
        "Care should be open to everybody: how Body Best welcomes every client and therapist, "
        "and how we support community clinics and programmes."
    ),
}

_JSON_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
_SPACES = re.compile(r"\s+")
# Tags that end a line of text: a space keeps "<h2>Support</h2><p>We" as two words.
_BLOCK_BREAK = re.compile(
    r"(<br\s*/?>|</(?:p|div|h[1-6]|li|dt|dd|tr|td|th|blockquote|section|article|pre)\s*>)",
    re.IGNORECASE,
)


def site_root():
    """``https://bodybest.ca`` (the configured site's domain; no trailing slash)."""
    return f"{settings.OSCAR_URL_SCHEMA}://{Site.objects.get_current().domain}"


def absolute_url(url):
    """``url`` (a path, or a media URL that may already be absolute) on the configured site."""
    if not url:
        return ""
    if url.startswith("//"):
        return f"{settings.OSCAR_URL_SCHEMA}:{url}"
    if urlsplit(url).scheme in ("http", "https"):
        return url
    return site_root() + ("" if url.startswith("/") else "/") + url


def static_url(path):
    return absolute_url(static(path))


def alternates(request, obj=None, query=""):
    """[(hreflang, absolute URL)] of this page in each language, then ``x-default`` (the English
    page): ``obj``'s own address in each language when the page is about one (a product's slug
    may differ by language), else the page's (bodybest/language.py), with ``query`` (a listing's
    page number, as its canonical keeps it). Empty for a page with one address in every language
    (the dashboard)."""
    links = []
    for code, _ in settings.LANGUAGES:
        if obj is not None:
            with translation.override(code):
                path = obj.get_absolute_url()
        else:
            path = dict(language.alternate_paths(request))[code]
        links.append((language.bcp47(code), absolute_url(path) + query))
    if len({url for _, url in links}) < len(links):
        return []
    english = dict(links)[language.bcp47(settings.LANGUAGE_CODE)]
    return [*links, ("x-default", english)]


def og_locale():
    """``fr_CA`` on French pages, ``en_CA`` on English ones (Open Graph writes it so)."""
    return to_locale(translation.get_language() or settings.LANGUAGE_CODE)


def listing_query(request):
    """The part of a listing's address its canonical keeps: ``?page=N`` past the first page."""
    page = request.GET.get("page", "")
    return f"?page={int(page)}" if page.isdigit() and int(page) > 1 else ""


def listing_canonical(request):
    """The plain page (no sort, filter or query), with its page number when past the first."""
    return absolute_url(request.path + listing_query(request))


def plain_text(markup):
    """The words of staff-written HTML: through the one sanitizer first (so a script's text is
    dropped, not kept), then without tags, entities decoded and white space collapsed."""
    cleaned = clean_staff_html(_BLOCK_BREAK.sub(r"\1 ", str(markup or "")))
    text = html.unescape(strip_tags(cleaned))
    return _SPACES.sub(" ", strip_tags(text)).strip()


def excerpt(markup, length=DESCRIPTION_LENGTH):
    """The start of ``markup`` as plain text, cut at a word and marked with an ellipsis."""
    text = plain_text(markup)
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def page_description(url_name="", path="", flatpage=None):
    """The meta description of a page that is not about a product, category or article: ours
    for the page's URL name or path, else the start of its flat page's text."""
    written = PAGE_DESCRIPTIONS.get(url_name) or STORE_PAGE_DESCRIPTIONS.get(language.without_prefix(path))
    if written:
        return written
    return excerpt(flatpage.content) if flatpage is not None else ""


def product_description(product):
    """A product's meta description: the one staff wrote (or its parent's), else the start of
    its description, else a sentence of our own."""
    written = product.meta_description or (product.parent.meta_description if product.is_child else "")
    return excerpt(written or product.description) or (
        f"{product.get_title()} from {BUSINESS.name}, therapy supplies shipped across Canada."
    )


def category_description(category):
    """A category's meta description: the one staff wrote, else the start of its description,
    else a sentence of our own."""
    return excerpt(category.meta_description or category.description) or (
        f"{category.name} from {BUSINESS.name}, chosen for massage therapists and shipped across Canada."
    )


def organization_id():
    """The Organization's node id, so a product's seller names the same organisation."""
    return f"{site_root()}/#organization"


def organization_data():
    """schema.org Organization for the home page (Google lists every property as recommended)."""
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "Organization",
        "@id": organization_id(),
        "name": BUSINESS.name,
        "legalName": BUSINESS.legal_name,
        "url": f"{site_root()}/",
        "logo": static_url(LOGO_IMAGE),
        "telephone": BUSINESS.telephone,
        "email": BUSINESS.email,
        "foundingDate": str(BUSINESS.founded),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": BUSINESS.street_address,
            "addressLocality": BUSINESS.locality,
            "addressRegion": BUSINESS.region,
            "postalCode": BUSINESS.postal_code,
            "addressCountry": BUSINESS.country,
        },
    }


def organization_ref():
    """The store as seller or publisher: its name and the home page Organization's id."""
    return {"@type": "Organization", "@id": organization_id(), "name": BUSINESS.name}


def json_ld_script(data, nonce=""):
    """``data`` as a JSON-LD ``<script>`` block that no value inside it can break out of. The
    request's CSP nonce goes on it like on every inline script, though browsers never run a
    data block."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    if nonce:
        return format_html(
            '<script type="application/ld+json" nonce="{}">{}</script>', nonce, mark_safe(payload)
        )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
