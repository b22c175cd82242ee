"""Typo tolerance and "did you mean", from the vocabulary of catalogue words.

A query word that is not in the vocabulary and matches no product is replaced by the closest
vocabulary word: candidates by trigram similarity on PostgreSQL (the ``%`` operator, GIN
index), by length on SQLite, then ranked by ``difflib`` ratio so that "pint" becomes "point"
rather than "pine". Combinations are tried until one matches a product."""
import difflib
from itertools import product as combinations

from django.contrib.postgres.search import TrigramSimilarity
from django.contrib.postgres.lookups import TrigramSimilar
from django.db.models import F, Value
from django.db.models.functions import Length

from catalog.search.models import SearchDocument, SearchWord

from .matching import is_postgres, matcher

CANDIDATES = 3
TRIES = 6
RATIO = 0.7  # difflib cutoff for a correction
LOOSE_RATIO = 0.55  # for "did you mean", offered only when nothing matched
TRIGRAM = 0.3
LOOSE_TRIGRAM = 0.2


def matches(words) -> bool:
    return SearchDocument.objects.filter(matcher(words).condition()).exists()


def correct(words) -> list[str]:
    """``words`` with each unknown word that matches nothing replaced by its closest
    vocabulary word; unchanged when nothing needs correcting or nothing better is found."""
    known = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
    unknown = [w for w in words if w not in known and len(w) >= 3 and not w.isdigit() and not matches([w])]
    if not unknown:
        return list(words)
    options = {w: _candidates(w, RATIO, TRIGRAM) or [w] for w in unknown}
    return _first_matching(words, options) or [options.get(w, [w])[0] for w in words]


def did_you_mean(words) -> list[str] | None:
    """A nearby query that finds something, for a query that found nothing: looser
    corrections first, then the query without one of its words."""
    options = {w: _candidates(w, LOOSE_RATIO, LOOSE_TRIGRAM) for w in words if len(w) >= 3}
    options = {w: c for w, c in options.items() if c and c[0] != w}
    if options:
        found = _first_matching(words, options)
        if found:
            return found
    if len(words) > 1:
        for dropped in range(len(words) - 1, -1, -1):
            shorter = words[:dropped] + words[dropped + 1:]
            if matches(shorter):
                return shorter
    return None


def _first_matching(words, options):
    tried = 0
    choices = [options.get(w, [w]) for w in words]
    for attempt in combinations(*choices):
        if tried == TRIES:
            break
        tried += 1
        if matches(list(attempt)):
            return list(attempt)
    return None


def _candidates(word, ratio, trigram):
    if is_postgres():
        words = SearchWord.objects.all()
        if trigram >= TRIGRAM:
            # The % operator, served by the GIN index (the lookup class itself: the project does
            # not install django.contrib.postgres, which registers ``__trigram_similar``).
            words = words.filter(TrigramSimilar(F("word"), Value(word)))
        pool = list(
            words.annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=trigram)
            .order_by("-similarity", "-frequency")
            .values_list("word", "frequency")[:20]
        )
    else:
        pool = list(
            SearchWord.objects.annotate(length=Length("word"))
            .filter(length__range=(len(word) - 2, len(word) + 2))
            .values_list("word", "frequency")
        )
    scored = [
        (difflib.SequenceMatcher(None, word, candidate).ratio(), frequency, candidate)
        for candidate, frequency in pool
    ]
    scored = sorted((s for s in scored if s[0] >= ratio), reverse=True)
    return [candidate for _, _, candidate in scored[:CANDIDATES]]
