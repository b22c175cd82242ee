"""Product cards for listings, rendered once and kept in the shared cache.

A listing shows 36 cards and each took about 3 ms to render (Oscar's card template, the price
and availability from the strategy, three thumbnails, the basket form): most of a listing's
time. A card looks the same to every shopper but for what is filled in for each request:
- the CSRF token of its forms and the page the compare button returns to, left as marks;
- the "Add to compare" button of a product in this visitor's compare list, which is drawn
  again ("In compare list"); the cached card holds the button as most visitors see it.

A card is keyed by its product's search document version (catalog/search/engine/: every save
of the product, its stock records, variants, pictures or specifications, and every sale,
refreshes the document after commit), where on the page it stands (the first picture is
fetched first, the rest from the third lazily), the language and the card templates' text. So
a staff edit shows on the next view from any web node, and a page whose cards are all cached
loads no product at all."""
import hashlib
import re
from functools import lru_cache

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template, select_template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from oscar.core.loading import get_model

from catalog.comparison_list import comparison_for
from catalog.templatetags.comparison import button_constants, button_html, compare_button

CSRF_MARK = "csrf-mark-0d9f3b"
NEXT_MARK = "next-mark-0d9f3b"
COMPARE = re.compile(r"<!--compare-->.*?<!--/compare-->", re.S)
TIMEOUT = 24 * 3600
TEMPLATES = (
    "oscar/catalogue/partials/product.html",
    "oscar/catalogue/partials/add_to_basket_form_compact.html",
    "oscar/catalogue/partials/stock_record.html",
)


def cards(context, page_products):
    """The HTML of each card of ``page_products`` (catalog/search/browse.PageProducts), in order."""
    request = context.get("request")
    keys = {pk: _key(pk, page_products.versions.get(pk, ""), index, context)
            for index, pk in enumerate(page_products.ids)}
    found = cache.get_many(list(keys.values())) if keys else {}
    missing = [pk for pk in page_products.ids if keys[pk] not in found]
    if missing:
        made = {}
        loaded = page_products if len(missing) == len(page_products.ids) else page_products.load(missing)
        for product in loaded:
            index = page_products.ids.index(product.pk)
            made[keys[product.pk]] = (_render(context, product, index), product.get_title())
        cache.set_many(made, TIMEOUT)
        found.update(made)
    token = get_token(request) if request is not None else ""
    back = conditional_escape(request.get_full_path()) if request is not None else ""
    listed = comparison_for(request) if request is not None else ()
    Product = get_model("catalogue", "Product")
    html = []
    for pk in page_products.ids:
        entry = found.get(keys[pk])
        if entry is None:
            continue  # a product gone since its document was written
        card, title = entry
        if pk in listed:
            # What the compare button reads of a product, without loading it.
            product = Product(pk=pk, title=title, is_public=True, parent=None)
            button = compare_button(context, product)
            card = COMPARE.sub(lambda _match: f"<!--compare-->{button}<!--/compare-->", card, count=1)
        html.append(mark_safe(card.replace(CSRF_MARK, token).replace(NEXT_MARK, back)))
    return html


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
        compare_mark=mark_safe(f"<!--compare-->{_unlisted_button(product)}<!--/compare-->"),
        card_position=_position(index, context),
    )
    return str(select_template(names).render(values))


def _unlisted_button(product):
    """"Add to compare" as most visitors see it, with marks for their token and page."""
    return button_html(product, listed=False, shared=button_constants(CSRF_MARK, NEXT_MARK))


def _position(index, context):
    """How the card's picture loads: the first of a paginated listing fetched first, the
    first two (a phone's first row) at once, the rest lazily."""
    if index == 0 and context.get("page_obj") is not None:
        return "first"
    return "eager" if index < 2 else "lazy"


@lru_cache(maxsize=1)
def templates_digest():
    """Changes when a card template's text does (a deploy), so old cards are not served."""
    sources = "".join(get_template(name).template.source for name in TEMPLATES)
    return hashlib.blake2b(sources.encode(), digest_size=6).hexdigest()


def _key(pk, version, index, context):
    return f"card:{templates_digest()}:{get_language()}:{pk}:{_position(index, context)}:{version}"
