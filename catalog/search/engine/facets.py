"""Facet counts as SQL aggregates over the filtered documents. Each facet counts over the
documents that pass every other filter but its own, as shops do: ticking one brand still shows
how many products the other brands would add."""
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q

from catalog.search.models import SearchDocument, SearchDocumentCategory

from .filters import PRICE_BANDS, PriceRange


def apply(documents, filters, *, skip=None):
    """``documents`` narrowed by ``filters``, leaving out the filter named ``skip``
    ("brand", "price", "in_stock", "category" or an attribute code)."""
    if filters.brands and skip != "brand":
        documents = documents.filter(brand__in=filters.brands)
    if filters.prices and skip != "price":
        documents = documents.filter(_price_condition(filters.prices))
    if filters.in_stock and skip != "in_stock":
        documents = documents.filter(in_stock=True)
    if filters.categories and skip != "category":
        documents = documents.filter(
            Exists(SearchDocumentCategory.objects.filter(document=OuterRef("pk"), category_id__in=filters.categories))
        )
    for code, values in filters.attributes:
        if code != skip:
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


def counts(matched, filters) -> dict:
    """Every facet's counts for ``matched`` (documents matching the query, before filters).

    ``{"brand": {name: n}, "price": {band: n}, "in_stock": n, "category": {id: n},
    "attributes": {code: {value: n}}}``; values with no products are left out."""
    brand = dict(
        apply(matched, filters, skip="brand").exclude(brand="")
        .order_by().values_list("brand").annotate(n=Count("pk")).values_list("brand", "n")
    )
    price = apply(matched, filters, skip="price").aggregate(
        **{
            key: Count("pk", filter=_price_condition([PriceRange(low, high)]))
            for key, low, high in PRICE_BANDS
        }
    )
    in_stock = apply(matched, filters, skip="in_stock").filter(in_stock=True).count()
    category = dict(
        SearchDocumentCategory.objects.filter(document__in=apply(matched, filters, skip="category").values("pk"))
        .order_by().values_list("category_id").annotate(n=Count("pk")).values_list("category_id", "n")
    )
    return {
        "brand": brand,
        "price": {key: n for key, n in price.items() if n},
        "in_stock": in_stock,
        "category": category,
        "attributes": _attribute_counts(matched, filters),
    }


def _attribute_counts(matched, filters) -> dict:
    """Counts of every attribute value: one query for the attributes nobody filters on, and
    one per attribute filtered on (counted without its own filter)."""
    filtered = filters.attribute_codes
    result = {}
    _add_rows(result, _value_counts(apply(matched, filters), exclude=filtered))
    for code in filtered:
        _add_rows(result, _value_counts(apply(matched, filters, skip=code), only=code))
    return result


def _add_rows(result, rows):
    for code, value, n in rows:
        result.setdefault(code, {})[value] = n


def _value_counts(documents, *, exclude=(), only=None):
    subquery, params = documents.order_by().values("pk").query.sql_with_params()
    table = SearchDocument._meta.db_table
    if connection.vendor == "postgresql":
        source = "jsonb_each_text(d.attributes) AS a"
    else:
        source = "json_each(d.attributes) AS a"
    where, extra = [f"d.product_id IN ({subquery})"], list(params)
    if only is not None:
        where.append("a.key = %s")
        extra.append(only)
    for code in exclude:
        where.append("a.key <> %s")
        extra.append(code)
    sql = (
        f"SELECT a.key, a.value, COUNT(*) FROM {table} d, {source} "
        f"WHERE {' AND '.join(where)} GROUP BY a.key, a.value"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, extra)
        return [(code, str(value), n) for code, value, n in cursor.fetchall()]
