"""Facet counts as SQL aggregates over the filtered documents. Each facet counts over the
documents that pass every other filter but its own, as shops do: ticking one brand still shows
how many products the other brands would add."""
from django.db import connection
from django.db.models import Count, Q

from catalog.search.models import SearchDocumentCategory

from .filters import PRICE_BANDS, PriceRange


def apply(documents, filters, *, skip=()):
    """``documents`` narrowed by ``filters``, leaving out the filters named in ``skip``
    ("brand", "price", "in_stock", "category" or attribute codes)."""
    if filters.brands and "brand" not in skip:
        documents = documents.filter(brand__in=filters.brands)
    if filters.prices and "price" not in skip:
        documents = documents.filter(_price_condition(filters.prices))
    if filters.in_stock and "in_stock" not in skip:
        documents = documents.filter(in_stock=True)
    if filters.categories and "category" not in skip:
        # A semi-join served by the (category, document) unique index.
        documents = documents.filter(
            pk__in=SearchDocumentCategory.objects.filter(category_id__in=filters.categories).values("document_id")
        )
    for code, values in filters.attributes:
        if code not in skip:
            documents = documents.filter(**{f"attributes__{code}__in": list(values)})
    return documents


def _price_condition(ranges):
    condition = Q()
    for price_range in ranges:
        one = Q(price__isnull=False)
        if price_range.low is not None:
            one &= Q(price__gte=price_range.low)
        if price_range.high is not None:
            one &= Q(price__lt=price_range.high)
        condition |= one
    return condition


def counts(matched, filters, *, attributes=None) -> tuple[int, dict]:
    """The number of documents passing every filter, and every facet's counts, for
    ``matched`` (the documents matching the query, before filters).

    Facets: ``{"brand": {name: n}, "price": {band: n}, "in_stock": n, "category": {id: n},
    "attributes": {code: {value: n}}}``; values with no products are left out. ``attributes``
    names the attribute codes to count (a category page's specifications); None counts all.

    Four queries plus one per filtered attribute: the total, price bands and availability
    are conditional counts of one aggregate over the documents passing the other filters."""
    price_filter = _price_condition(filters.prices) if filters.prices else Q()
    stock_filter = Q(in_stock=True) if filters.in_stock else Q()
    bands = {
        f"band_{key}": Count("pk", filter=stock_filter & _price_condition([PriceRange(low, high)]))
        for key, low, high in PRICE_BANDS
    }
    numbers = apply(matched, filters, skip=("price", "in_stock")).aggregate(
        total=Count("pk", filter=price_filter & stock_filter),
        available=Count("pk", filter=price_filter & Q(in_stock=True)),
        **bands,
    )
    brand = dict(
        apply(matched, filters, skip=("brand",)).exclude(brand="")
        .order_by().values_list("brand").annotate(n=Count("pk")).values_list("brand", "n")
    )
    category = dict(
        SearchDocumentCategory.objects.filter(document__in=apply(matched, filters, skip=("category",)).values("pk"))
        .order_by().values_list("category_id").annotate(n=Count("pk")).values_list("category_id", "n")
    )
    return numbers["total"], {
        "brand": brand,
        "price": {key: numbers[f"band_{key}"] for key, _, _ in PRICE_BANDS if numbers[f"band_{key}"]},
        "in_stock": numbers["available"],
        "category": category,
        "attributes": _attribute_counts(matched, filters, attributes),
    }


def _attribute_counts(matched, filters, codes) -> dict:
    """Counts of attribute values, each attribute counted without its own filter: one query
    for the attributes nobody filters on, plus one per filtered attribute. ``codes`` None
    counts every attribute."""
    filtered = filters.attribute_codes
    wanted = None if codes is None else list(dict.fromkeys(codes))
    unfiltered = None if wanted is None else [code for code in wanted if code not in filtered]
    result = {}
    if unfiltered is None or unfiltered:
        rows = _value_counts(apply(matched, filters), unfiltered)
        _add_rows(result, [row for row in rows if row[0] not in filtered])
    for code in filtered:
        if wanted is None or code in wanted:
            _add_rows(result, _value_counts(apply(matched, filters, skip=(code,)), [code]))
    return result


def _add_rows(result, rows):
    for code, value, n in rows:
        result.setdefault(code, {})[str(value)] = n


def _value_counts(documents, codes):
    """(code, value, count) over ``documents``, each one's JSON attributes expanded in a single
    scan (a query per code read every row again). ``codes`` None: every code."""
    subquery, params = documents.order_by().values("attributes").query.sql_with_params()
    expand = "jsonb_each_text" if connection.vendor == "postgresql" else "json_each"
    where = ""
    if codes is not None:
        where = f" WHERE a.key IN ({', '.join(['%s'] * len(codes))})"
        params = (*params, *codes)
    sql = f"SELECT a.key, a.value, COUNT(*) FROM ({subquery}) d, {expand}(d.attributes) a{where} GROUP BY a.key, a.value"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
