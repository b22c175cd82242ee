"""``search()``: one call for a search, category or catalogue page: the page's product ids in
order, the total, every facet's counts and, when the words needed it, the corrected query or a
"did you mean". A fixed number of SQL queries (more only when a word is misspelt)."""
from dataclasses import dataclass, field

from django.db.models import F

from catalog.search.models import SearchDocument

from . import cached, facets, languages, spelling, text
from .filters import Filters, parse_page, parse_sort
from .matching import matcher


@dataclass
class SearchResult:
    product_ids: list[int]
    total: int
    facets: dict
    page: int
    per_page: int
    corrected_query: str | None = None  # the words searched for instead of the shopper's
    did_you_mean: str | None = None  # offered when nothing matched
    words: list[str] = field(default_factory=list)
    versions: dict = field(default_factory=dict)  # product id -> its document's last refresh


def search(query="", filters=None, sort="relevance", page=1, per_page=24, *, attributes=None) -> SearchResult:
    """Search the documents; ``filters`` comes from ``parse_filters``; ``attributes`` names the
    attribute codes whose values to count (None: all). Raises ``ValueError`` for an unknown
    sort or an impossible page. The words are matched in the active language (a French page
    searches the French text)."""
    filters = filters or Filters()
    sort = parse_sort(sort)
    page, per_page = parse_page(page, per_page)
    attributes = None if attributes is None else tuple(attributes)
    language = languages.active()
    return cached.remembered(
        ("search", language.code, query or "", filters, sort, page, per_page, attributes),
        lambda: _search(query, filters, sort, page, per_page, attributes, language),
    )


def _search(query, filters, sort, page, per_page, attributes, language):
    typed = text.query_words(query or "", language.stop_words)[:10]
    words, corrected, suggestion = typed, None, None
    matched = SearchDocument.objects.all()
    relevance = None
    if typed:
        words = spelling.correct(typed)
        if words != typed:
            corrected = " ".join(words)
        match = matcher(words, language)
        matched = matched.filter(match.condition())
        relevance = match.relevance()
    documents = facets.apply(matched, filters)
    total, counts = facets.counts(matched, filters, attributes=attributes)
    if total == 0 and typed:
        found = spelling.did_you_mean(words)
        suggestion = " ".join(found) if found else None
    ordered = _ordered(documents, sort, relevance)
    start = (page - 1) * per_page
    rows = list(ordered.values_list("pk", "updated")[start : start + per_page]) if total > start else []
    return SearchResult(
        product_ids=[pk for pk, _ in rows],
        versions={pk: updated.isoformat() for pk, updated in rows},
        total=total,
        facets=counts,
        page=page,
        per_page=per_page,
        corrected_query=corrected,
        did_you_mean=suggestion,
        words=words,
    )


def _ordered(documents, sort, relevance):
    if sort == "price-asc":
        return documents.order_by(F("price").asc(nulls_last=True), "pk")
    if sort == "price-desc":
        return documents.order_by(F("price").desc(nulls_last=True), "pk")
    if sort == "newest":
        return documents.order_by("-date_created", "-pk")
    if sort == "best-selling" or relevance is None:
        return documents.order_by("-popularity", "name", "pk")
    return documents.annotate(relevance=relevance).order_by("-relevance", "-popularity", "pk")
