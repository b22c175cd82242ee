"""The filters and sorts a shopper may ask for, read from the query string and checked.

Unknown parameters are ignored (crawlers and old links carry all sorts); a known parameter with
an absurd value raises ``ValueError``, which the view answers with a 400."""
import re
from dataclasses import dataclass, field
from decimal import Decimal

# Price bands shown as a facet, in CAD before tax: (key, lowest included, highest excluded).
PRICE_BANDS = (
    ("0-25", Decimal("0"), Decimal("25")),
    ("25-50", Decimal("25"), Decimal("50")),
    ("50-100", Decimal("50"), Decimal("100")),
    ("100-250", Decimal("100"), Decimal("250")),
    ("250-500", Decimal("250"), Decimal("500")),
    ("500-", Decimal("500"), None),
)
MAX_PRICE = Decimal("1000000")
MAX_VALUES = 20
MAX_VALUE_CHARS = 100
ATTRIBUTE_PREFIX = "attr_"
# Words joined by single underscores: a double one would reach Django's lookups (width__gt).
ATTRIBUTE_CODE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*")  # as Oscar allows, less "__"
MAX_ATTRIBUTE_CODE = 64
MAX_ATTRIBUTE_FILTERS = 8  # each adds a count query; no shopper ticks more specifications
SORTS = ("relevance", "price-asc", "price-desc", "newest", "best-selling")
MAX_PER_PAGE = 100
MAX_PAGE = 10000


@dataclass(frozen=True)
class PriceRange:
    low: Decimal | None
    high: Decimal | None  # excluded


@dataclass(frozen=True)
class Filters:
    brands: tuple[str, ...] = ()
    prices: tuple[PriceRange, ...] = ()
    in_stock: bool = False
    categories: tuple[int, ...] = ()
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    @property
    def attribute_codes(self):
        return [code for code, _ in self.attributes]


def parse_filters(params) -> Filters:
    """``Filters`` from a QueryDict or a dict of lists (or single values).

    ``brand``: brand names; ``price``: bands such as ``25-50`` or ``500-``; ``in_stock``: ``1``;
    ``category``: category ids (a parent includes its children); ``attr_<code>``: attribute
    values, e.g. ``attr_width=71``. Several values of one filter are alternatives (or);
    different filters all apply (and)."""
    brands = tuple(_strings(params, "brand"))
    prices = tuple(_price_range(v) for v in _strings(params, "price"))
    in_stock = _flag(params, "in_stock")
    categories = tuple(_category_id(v) for v in _strings(params, "category"))
    attributes = []
    for key in sorted(_keys(params)):
        if key.startswith(ATTRIBUTE_PREFIX):
            code = key[len(ATTRIBUTE_PREFIX):]
            if len(code) > MAX_ATTRIBUTE_CODE or not ATTRIBUTE_CODE.fullmatch(code):
                raise ValueError(f"Unknown specification: {key[:40]!r}.")
            values = tuple(_strings(params, key))
            if values:
                attributes.append((code, values))
    if len(attributes) > MAX_ATTRIBUTE_FILTERS:
        raise ValueError(f"At most {MAX_ATTRIBUTE_FILTERS} specifications at once.")
    return Filters(brands, prices, in_stock, categories, tuple(attributes))


def parse_sort(value) -> str:
    value = value or "relevance"
    if value not in SORTS:
        raise ValueError(f"Sort must be one of: {', '.join(SORTS)}.")
    return value


def parse_page(page, per_page) -> tuple[int, int]:
    try:
        page, per_page = int(page), int(per_page)
    except (TypeError, ValueError):
        raise ValueError("Page and page size must be whole numbers.") from None
    if not 1 <= page <= MAX_PAGE or not 1 <= per_page <= MAX_PER_PAGE:
        raise ValueError(f"Page must be 1 to {MAX_PAGE}, page size 1 to {MAX_PER_PAGE}.")
    return page, per_page


def _keys(params):
    return list(params.keys())


def _strings(params, key):
    if hasattr(params, "getlist"):
        values = params.getlist(key)
    else:
        values = params.get(key, [])
        if isinstance(values, (str, int, Decimal)):
            values = [values]
    values = [str(v).strip() for v in values if str(v).strip()]
    if len(values) > MAX_VALUES:
        raise ValueError(f"At most {MAX_VALUES} values for {key}.")
    for value in values:
        if len(value) > MAX_VALUE_CHARS or "\x00" in value:
            raise ValueError(f"The value for {key} is too long or not text.")
    return list(dict.fromkeys(values))


def _flag(params, key):
    values = _strings(params, key)
    if not values:
        return False
    if values[-1] in ("1", "true", "on", "yes"):
        return True
    if values[-1] in ("0", "false", "off", "no"):
        return False
    raise ValueError(f"{key} must be 1 or 0.")


def _category_id(value):
    if not (value.isascii() and value.isdigit()) or len(value) > 10:
        raise ValueError("A category must be given by its number.")
    return int(value)


def _price_range(value):
    low, dash, high = value.partition("-")
    if not dash:
        raise ValueError("A price band looks like 25-50 or 500-.")
    low, high = _amount(low), _amount(high)
    if low is None and high is None:
        raise ValueError("A price band needs a lowest or a highest price.")
    if low is not None and high is not None and low >= high:
        raise ValueError("A price band's lowest price must be under its highest.")
    return PriceRange(low, high)


def _amount(text):
    if not text:
        return None
    if not re.fullmatch(r"[0-9]{1,7}(\.[0-9]{1,2})?", text):
        raise ValueError("Prices are amounts in dollars, such as 25 or 49.99.")
    amount = Decimal(text)
    if amount > MAX_PRICE:
        raise ValueError("That price is beyond anything in the store.")
    return amount

