"""Reading a page as a search engine or a link preview does: its head tags and every JSON-LD
block, checked against the properties Google's structured-data guides list as required or
recommended for Product (merchant listings and product snippets), Offer, Review,
AggregateRating, BreadcrumbList and Organization."""
import json
import re
from html.parser import HTMLParser

SCHEMA = "https://schema.org"
PRICE = re.compile(r"^\d+\.\d{2}$")
AVAILABILITY = {"https://schema.org/InStock", "https://schema.org/OutOfStock"}

PRODUCT_REQUIRED = {"name", "image", "offers"}  # merchant listings
PRODUCT_RECOMMENDED = {"description", "sku", "brand"}
OFFER_REQUIRED = {"price", "priceCurrency"}
OFFER_RECOMMENDED = {"availability", "itemCondition", "url"}
ORGANIZATION_PROPERTIES = {"name", "legalName", "url", "logo", "telephone", "address"}
POSTAL_ADDRESS = {"streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"}
URL_KEYS = {"url", "item", "image", "logo", "@id", "mainEntityOfPage"}


class _Head(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.links, self.json_ld = {}, {}, []
        self._in_json_ld = False
        self._buffer = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, attrs.get("content"))
        elif tag == "link" and attrs.get("rel"):
            self.links.setdefault(attrs["rel"], attrs.get("href"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld, self._buffer = True, []

    def handle_data(self, data):
        if self._in_json_ld:
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_json_ld:
            self._in_json_ld = False
            self.json_ld.append(json.loads("".join(self._buffer)))  # must be valid JSON


def read(html):
    """The page's head as a crawler sees it: ``.meta``, ``.links`` and parsed ``.json_ld``."""
    head = _Head()
    head.feed(html)
    return head


def of_type(head, kind):
    found = [block for block in head.json_ld if block.get("@type") == kind]
    assert len(found) == 1, f"expected one {kind} block, found {len(found)}"
    return found[0]


def urls_in(data):
    """Every URL-valued property anywhere in a JSON-LD block."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in URL_KEYS:
                yield from (value if isinstance(value, list) else [value])
            if isinstance(value, (dict, list)):
                yield from urls_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from urls_in(item)


def assert_on_site(data, root):
    """Every URL absolute and on the configured site (``root``: scheme and domain)."""
    urls = [u for u in urls_in(data) if isinstance(u, str) and not u.startswith("https://schema.org/")]
    assert urls
    for url in urls:
        assert url.startswith(f"{root}/"), url


def check_product(product, root):
    assert product["@context"] == SCHEMA
    missing = (PRODUCT_REQUIRED | PRODUCT_RECOMMENDED) - product.keys()
    assert not missing, missing
    assert isinstance(product["name"], str) and product["name"]
    assert product["image"] and all(isinstance(u, str) for u in product["image"])
    assert "<" not in product["description"] and ">" not in product["description"]
    assert product["brand"]["@type"] == "Brand" and product["brand"]["name"]
    offer = product["offers"]
    assert offer["@type"] == "Offer"
    assert not (OFFER_REQUIRED | OFFER_RECOMMENDED) - offer.keys()
    assert isinstance(offer["price"], str) and PRICE.match(offer["price"]), offer["price"]
    assert offer["priceCurrency"] == "CAD"
    assert offer["availability"] in AVAILABILITY
    assert offer["itemCondition"] == "https://schema.org/NewCondition"
    assert offer["seller"]["@type"] == "Organization" and offer["seller"]["name"]
    if "aggregateRating" in product:
        rating = product["aggregateRating"]
        assert rating["@type"] == "AggregateRating"
        assert isinstance(rating["ratingValue"], (int, float)) and rating["reviewCount"] >= 1
        for review in product["review"]:
            assert review["@type"] == "Review" and review["author"]["name"]
            assert isinstance(review["reviewRating"]["ratingValue"], int)
            assert "<" not in review["reviewBody"]
    assert_on_site(product, root)


def check_breadcrumbs(crumbs, root, names):
    assert crumbs["@context"] == SCHEMA and crumbs["@type"] == "BreadcrumbList"
    items = crumbs["itemListElement"]
    assert len(items) >= 2
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert all(item["@type"] == "ListItem" for item in items)
    assert [item["name"] for item in items] == names
    assert_on_site(crumbs, root)
    return [item["item"] for item in items]


def check_organization(organization, root):
    assert organization["@context"] == SCHEMA and organization["@type"] == "Organization"
    assert not ORGANIZATION_PROPERTIES - organization.keys()
    address = organization["address"]
    assert address["@type"] == "PostalAddress" and not POSTAL_ADDRESS - address.keys()
    assert "sameAs" not in organization
    assert_on_site(organization, root)


def check_share_tags(head, root, og_type):
    """Canonical and Open Graph / Twitter tags, absolute and on the configured site."""
    canonical = head.links.get("canonical")
    assert canonical and canonical.startswith(f"{root}/"), canonical
    assert head.meta["og:type"] == og_type
    assert head.meta["og:url"] == canonical
    assert head.meta["og:title"] and head.meta["og:description"]
    assert head.meta["og:image"].startswith(f"{root}/")
    assert head.meta["twitter:card"] == "summary_large_image"
    return canonical
