"""Product cards for listings, rendered once and kept in the shared cache.

A listing shows 36 cards and each took about 3 ms to render (Oscar's card template, the price
and availability from the strategy, three thumbnails, the basket form): most of a listing's
time. A card looks the same to every shopper but for two things, which are left as marks in
the cached HTML and filled in for each request:
- the CSRF token of the "Add to basket" form (each visitor's own);
- the "Add to compare" button (whether the product is in this visitor's list).

The key holds everything else the card shows (the product's last change, each stock record's
price and numbers, its variants', the number of approved reviews and rating, the picture) and
where on the page it stands (the first card's picture is fetched first, the rest from the
third lazily), so a staff edit or a sale shows on the next page view, on every web node."""
import hashlib

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import select_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from catalog.templatetags.comparison import compare_button

CSRF_MARK = "csrf-mark-0d9f3b"
COMPARE_MARK = "<!--compare-button-mark-0d9f3b-->"
TIMEOUT = 24 * 3600
VERSION = 1  # change with the card's template


def cards(context, products):
    """The HTML of each product's card, in order."""
    request = context.get("request")
    keyed = [(_key(product, index, context), product) for index, product in enumerate(products)]
    found = cache.get_many([key for key, _ in keyed]) if keyed else {}
    made = {}
    html = []
    for index, (key, product) in enumerate(keyed):
        card = found.get(key)
        if card is None:
            card = made[key] = _render(context, product, index)
        html.append(card)
    if made:
        cache.set_many(made, TIMEOUT)
    token = get_token(request) if request is not None else ""
    return [
        mark_safe(card.replace(CSRF_MARK, token).replace(COMPARE_MARK, compare_button(context, product)))
        for card, (_, product) in zip(html, keyed)
    ]


def _render(context, product, index):
    names = [
        f"oscar/catalogue/partials/product/upc-{product.upc}.html",
        f"oscar/catalogue/partials/product/class-{product.get_product_class().slug}.html",
        "oscar/catalogue/partials/product.html",
    ]
    values = context.flatten()
    values.update(
        product=product,
        csrf_token=CSRF_MARK,
        compare_mark=mark_safe(COMPARE_MARK),
        card_position=_position(index, context),
    )
    return str(select_template(names).render(values))


def _position(index, context):
    """How the card's picture loads: the first of a paginated listing fetched first, the
    first two (a phone's first row) at once, the rest lazily."""
    if index == 0 and context.get("page_obj"):
        return "first"
    return "eager" if index < 2 else "lazy"


def _key(product, index, context):
    records = [*product.stockrecords.all()]
    for child in getattr(product, "_prefetched_public_children", ()):
        records.extend(child.stockrecords.all())
    state = [
        product.date_updated.isoformat() if product.date_updated else "",
        [(r.pk, str(r.price), r.num_in_stock, r.num_allocated) for r in records],
        getattr(product, "approved_review_count", None),
        product.rating,
        [image.original.name for image in product.images.all()[:1]],
    ]
    digest = hashlib.blake2b(repr(state).encode(), digest_size=12).hexdigest()
    return f"card:{VERSION}:{get_language()}:{product.pk}:{_position(index, context)}:{digest}"
