"""Body Best's product search engine: search documents in the database, so every web node
reads the same data. PostgreSQL (production): full text with English or French stemming
(the page's language, engine/languages.py) and unaccent, trigram typo tolerance, GIN indexes,
facets as SQL aggregates. SQLite (embedded default): the same API with LIKE over folded text
and difflib for typos.

The catalogue, category and search pages (catalog/search/browse.py) and the suggestions
(catalog/search/suggestions.py) read it."""
from .documents import rebuild, refresh
from .filters import PRICE_BANDS, SORTS, Filters, parse_filters
from .query import SearchResult, search
from .suggest import suggest

__all__ = [
    "PRICE_BANDS", "SORTS", "Filters", "SearchResult", "parse_filters", "rebuild", "refresh", "search", "suggest",
]
