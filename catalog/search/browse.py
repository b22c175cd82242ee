"""One catalogue, category or search page: the shopper's query string read and checked, the
engine asked once (catalog/search/engine/), the page's products loaded in bulk, and the facets
made ready for the template, each value a link that adds or removes it (shareable, works
without JavaScript, and ``rel="nofollow"`` so crawlers do not walk every combination).

A known parameter with an absurd value raises ``ValueError`` (the view answers 400); unknown
parameters are ignored."""
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from catalog.listing import card_queryset

from . import engine, labels
from .engine.filters import ATTRIBUTE_PREFIX, PRICE_BANDS, parse_filters

# A specification becomes a filter on a category page when the products shown have between
# two and this many different values of it (stall force in pounds has a handful; a weight
# to the gram, dozens: no one ticks through those).
MAX_ATTRIBUTE_VALUES = 12
MAX_ATTRIBUTE_GROUPS = 5
# Parameters that change what is listed, not which page of it: any of them resets the page.
PAGE_KEY = "page"


@dataclass
class FacetValue:
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class FacetGroup:
    key: str
    title: str
    values: list[FacetValue] = field(default_factory=list)


@dataclass
class ActiveFilter:
    label: str
    remove_url: str


class PageProducts(Sequence):
    """A page's products with what their cards show, loaded on first use: a listing whose
    cards all come from the cache (catalog/cards.py) never loads them. ``versions`` holds each
    product's document version, which the cached cards are keyed by."""

    def __init__(self, ids, versions):
        self.ids = list(ids)
        self.versions = versions
        self._loaded = None

    def _products(self):
        if self._loaded is None:
            self._loaded = self.load(self.ids)
        return self._loaded

    @staticmethod
    def load(ids):
        by_id = card_queryset().in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def __getitem__(self, index):
        if not isinstance(index, (int, slice)):
            # Templates look ``listing.products.ids`` up as a key first: no loading for that.
            raise TypeError(index)
        return self._products()[index]

    def __len__(self):
        # The page's length without loading it (Django's Page asks); a product deleted since
        # its document was written is left out when the products are loaded.
        return len(self.ids)


@dataclass
class Listing:
    products: PageProducts
    total: int
    page: int
    per_page: int
    groups: list[FacetGroup]
    active: list[ActiveFilter]
    clear_url: str
    sort: str
    sorts: list[tuple[str, str]]
    query: str = ""
    corrected_query: str | None = None
    did_you_mean: str | None = None


def sort_choices(searching):
    """(value, label) of each order a shopper may choose; the first is the default."""
    choices = [
        ("price-asc", _("Price, low to high")),
        ("price-desc", _("Price, high to low")),
        ("newest", _("Newest")),
    ]
    if searching:
        return [("relevance", _("Best match")), ("best-selling", _("Best-selling")), *choices]
    return [("best-selling", _("Best-selling")), *choices]


def listing(params, *, query="", category=None) -> Listing:
    """The page ``params`` (the request's GET) asks for, on the catalogue (no ``category``,
    no ``query``), a category page or the search page."""
    filters = parse_filters(params)
    if category is not None:
        # The page's category, with its subcategories (the documents list every ancestor).
        filters = replace(filters, categories=(category.pk,))
    searching = bool(query.strip())
    sorts = sort_choices(searching)
    sort = params.get("sort") or sorts[0][0]
    if sort not in dict(sorts):
        raise ValueError(_("Sort by one of: %s.") % ", ".join(dict(sorts)))
    # Specifications are counted once the products are narrowed to a category; on the whole
    # catalogue only those already chosen (a shared link) are.
    narrowed = category is not None or bool(filters.categories)
    attributes = None if narrowed else filters.attribute_codes
    result = engine.search(
        query,
        filters,
        sort,
        params.get(PAGE_KEY) or 1,
        settings.OSCAR_PRODUCTS_PER_PAGE,
        attributes=attributes,
    )
    products = PageProducts(result.product_ids, result.versions)
    groups, active = _facets(params, result.facets, filters, result.total, show_categories=category is None)
    return Listing(
        products=products,
        total=result.total,
        page=result.page,
        per_page=result.per_page,
        groups=groups,
        active=active,
        clear_url=_url(params, drop_filters=True),
        sort=sort,
        sorts=sorts,
        query=query,
        corrected_query=result.corrected_query,
        did_you_mean=result.did_you_mean,
    )


def _url(params, *, key=None, value=None, drop=None, drop_filters=False):
    """``?…`` for ``params`` with ``value`` of ``key`` toggled (or the parameter ``drop``, or
    every filter, dropped), on page one. Query and sort stay.

    A page makes one of these per facet value (about 30): from the parameters' lists rather
    than ``QueryDict.copy()``, a deep copy that was a tenth of the listing's own time."""
    lists = {name: values for name, values in params.lists()
             if name != PAGE_KEY and name != drop and not (drop_filters and _is_filter(name))}
    if key is not None:
        values = lists.get(key, [])
        lists[key] = [v for v in values if v != value] if value in values else [*values, value]
    encoded = urlencode([(name, v) for name, values in lists.items() for v in values])
    return f"?{encoded}" if encoded else "?"


def _is_filter(name):
    return name in ("brand", "price", "in_stock", "category") or name.startswith(ATTRIBUTE_PREFIX)


def _facets(params, counts, filters, total, *, show_categories):
    """The groups to show and the filters applied. A group none of whose values would narrow
    the list (one brand for every product shown) is left out unless one of them is applied."""
    groups, active = [], []

    def group(key, title, entries):
        """``entries``: (parameter value, label, count, selected)."""
        values = []
        for value, label, count, selected in entries:
            url = _url(params, key=key, value=value)
            values.append(FacetValue(label, count, selected, url))
            if selected:
                active.append(ActiveFilter(f"{title}: {label}", url))
        if any(v.selected for v in values) or any(v.count is not None and v.count < total for v in values):
            groups.append(FacetGroup(key, title, values))

    chosen_brands = set(filters.brands)
    brands = {**{b: 0 for b in chosen_brands}, **counts["brand"]}
    group("brand", _("Brand"), [
        (name, name, n, name in chosen_brands) for name, n in sorted(brands.items(), key=lambda i: i[0].lower())
    ])

    chosen_prices = list(dict.fromkeys(v.strip() for v in params.getlist("price") if v.strip()))
    bands = {key for key, _, _ in PRICE_BANDS}
    group("price", _("Price"), [
        *[
            (key, _price_label(low, high), counts["price"].get(key, 0), key in chosen_prices)
            for key, low, high in PRICE_BANDS
            if counts["price"].get(key) or key in chosen_prices
        ],
        # A range of a shared link or a hand-written URL (25.50-60): applied, counted in the total.
        *[(value, _range_label(value), None, True) for value in chosen_prices if value not in bands],
    ])

    if filters.in_stock or 0 < counts["in_stock"] < total:
        url = _url(params, drop="in_stock") if filters.in_stock else _url(params, key="in_stock", value="1")
        groups.append(FacetGroup("in_stock", _("Availability"), [
            FacetValue(_("In stock"), counts["in_stock"], filters.in_stock, url)
        ]))
        if filters.in_stock:
            active.append(ActiveFilter(_("Availability: In stock"), url))

    if show_categories and counts["category"]:
        chosen = {str(pk) for pk in filters.categories}
        group("category", _("Category"), [
            (str(pk), name, counts["category"].get(pk, 0), str(pk) in chosen)
            for pk, name in _category_names(counts["category"], filters.categories)
        ])

    _attribute_groups(params, counts["attributes"], filters, group)
    return groups, active


def _price_label(low, high, amount=lambda number: f"{number:,.0f}"):
    if low == 0:
        return _("Under $%(high)s") % {"high": amount(high)}
    if high is None:
        return _("$%(low)s and over") % {"low": amount(low)}
    return _("$%(low)s to $%(high)s") % {"low": amount(low), "high": amount(high)}


def _range_label(value):
    """"$25.50 to $60" for ``25.50-60`` (already checked by ``parse_filters``)."""
    low, _dash, high = value.partition("-")

    def amount(text):
        number = Decimal(text)
        return f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"

    if not low:
        return _("Up to $%(high)s") % {"high": amount(high)}
    return _price_label(Decimal(low) if Decimal(low) else 0, Decimal(high) if high else None, amount=amount)


def _category_names(counted, chosen):
    """(id, name) of the counted categories and the chosen ones, in the tree's order, a
    subcategory's name after its parent's."""
    wanted = {*counted, *chosen}
    return [
        (pk, name if depth == 1 else f"– {name}")
        for pk, name, depth in labels.categories()
        if pk in wanted
    ]


def _attribute_groups(params, counted, filters, group):
    chosen = dict(filters.attributes)
    codes = [code for code in counted if code not in chosen] + list(chosen)
    if not codes:
        return
    every = labels.attribute_names()
    names = {code: every[code] for code in every if code in codes}
    shown = 0
    for code in sorted(codes, key=lambda c: (c not in chosen, list(names).index(c) if c in names else 999)):
        values = {**{v: 0 for v in chosen.get(code, ())}, **counted.get(code, {})}
        if code not in chosen and not 2 <= len(values) <= MAX_ATTRIBUTE_VALUES:
            continue
        if code not in chosen and shown >= MAX_ATTRIBUTE_GROUPS:
            continue
        shown += code not in chosen
        picked = set(chosen.get(code, ()))
        group(f"{ATTRIBUTE_PREFIX}{code}", names.get(code, code.replace("_", " ").capitalize()), [
            (value, _value_label(value), n, value in picked) for value, n in sorted(values.items(), key=_value_order)
        ])


def _value_label(value):
    if value == "yes":
        return _("Yes")
    return _("No") if value == "no" else value


def _value_order(item):
    value = item[0]
    try:
        return (0, float(value), "")
    except ValueError:
        return (1, 0.0, value.lower())


class _PageOfResults:
    """What Django's paginator needs: the total as the length, and this page's products for
    the slice it asks for (the engine already cut the page)."""

    def __init__(self, listing):
        self.listing = listing

    def __len__(self):
        return self.listing.total

    def __getitem__(self, index):
        return self.listing.products


class ResultsPaginator(Paginator):
    """Django's paginator over a listing the engine already cut to one page."""

    def __init__(self, listing):
        super().__init__(_PageOfResults(listing), listing.per_page)
