"""The two languages search reads, and which one a request gets.

Each document holds its text twice: the English columns (``title``, ``keywords``, ``body``,
``search_vector``) and the French ones (``title_fr`` and so on), the French filled from the
catalogue's French fields, or the English where a French one is empty, as a French page shows
it. A search, a correction or a suggestion reads the columns of the active language
(``get_language()``, set from the page's address by LocaleMiddleware)."""
from dataclasses import dataclass

from django.utils.translation import get_language

from . import text


@dataclass(frozen=True)
class Language:
    code: str
    config: str  # PostgreSQL text search configuration (migrations 0002 and 0006)
    vector: str
    name: str  # the title as shown
    title: str  # the rest are folded (text.fold)
    keywords: str
    body: str
    stop_words: frozenset
    stem: object  # the SQLite path's crude stemmer


ENGLISH = Language("en", "bodybest_english", "search_vector", "name", "title", "keywords", "body",
                   text.STOP_WORDS, text.stem)
FRENCH = Language("fr", "bodybest_french", "search_vector_fr", "name_fr", "title_fr", "keywords_fr", "body_fr",
                  text.FRENCH_STOP_WORDS, text.french_stem)


def active() -> Language:
    return FRENCH if (get_language() or "").lower().startswith("fr") else ENGLISH
