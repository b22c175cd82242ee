"""Matching a shopper's words against documents, two ways.

PostgreSQL: the document's tsvector (English stemming, accents removed) against a websearch
query; relevance is ``ts_rank`` with the title weighted above brand, categories and attributes,
and those above the description. SQLite (embedded default): each word's crude stem must appear
in the folded title, keywords or description (``LIKE``); relevance counts where it appears."""
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When

from . import text, vectors


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


class PostgresMatcher:
    def __init__(self, words):
        self.query = SearchQuery(" ".join(words), search_type="websearch", config=vectors.CONFIG)

    def condition(self):
        return Q(search_vector=self.query)

    def relevance(self):
        return SearchRank(F("search_vector"), self.query)


class SimpleMatcher:
    def __init__(self, words):
        self.stems = [text.stem(word) for word in words]

    def condition(self):
        condition = Q()
        for stem in self.stems:
            condition &= Q(title__contains=stem) | Q(keywords__contains=stem) | Q(body__contains=stem)
        return condition

    def relevance(self):
        score = Value(0)
        for stem in self.stems:
            score = score + Case(
                When(title__contains=stem, then=Value(3)),
                When(keywords__contains=stem, then=Value(2)),
                default=Value(1),
                output_field=IntegerField(),
            )
        return score


def matcher(words):
    return (PostgresMatcher if is_postgres() else SimpleMatcher)(words)
