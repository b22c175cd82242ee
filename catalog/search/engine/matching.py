"""Matching a shopper's words against documents, two ways, in the active language's columns
(engine/languages.py).

PostgreSQL: the document's tsvector (English or French stemming, accents removed) against a
websearch query; relevance is ``ts_rank`` with the title weighted above brand, categories and
attributes, and those above the description. SQLite (embedded default): each word's crude stem
must appear in the folded title, keywords or description (``LIKE``); relevance counts where it
appears."""
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When

from . import languages


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


class PostgresMatcher:
    def __init__(self, words, language):
        self.vector = language.vector
        self.query = SearchQuery(" ".join(words), search_type="websearch", config=language.config)

    def condition(self):
        return Q(**{self.vector: self.query})

    def relevance(self):
        return SearchRank(F(self.vector), self.query)


class SimpleMatcher:
    def __init__(self, words, language):
        self.language = language
        self.stems = [language.stem(word) for word in words]

    def _contains(self, column, stem):
        return Q(**{f"{column}__contains": stem})

    def condition(self):
        language, condition = self.language, Q()
        for stem in self.stems:
            condition &= (self._contains(language.title, stem) | self._contains(language.keywords, stem)
                          | self._contains(language.body, stem))
        return condition

    def relevance(self):
        score = Value(0)
        for stem in self.stems:
            score = score + Case(
                When(self._contains(self.language.title, stem), then=Value(3)),
                When(self._contains(self.language.keywords, stem), then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        return score


def matcher(words, language=None):
    """The matcher of ``words`` in ``language`` (the active one when not given)."""
    return (PostgresMatcher if is_postgres() else SimpleMatcher)(words, language or languages.active())
