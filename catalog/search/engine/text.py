"""Text as the engine compares it: lower case, accents removed, split into words."""
import re
import unicodedata

WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")

# Words too common to search on or to correct (PostgreSQL's English configuration drops them too).
STOP_WORDS = frozenset(
    "a an and are as at be by for from in into is it of on or the to with without".split()
)


def fold(text: str) -> str:
    """``text`` in lower case without accents: "Crème" -> "creme", "Huile" -> "huile"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    return WORD.findall(fold(text))


# The same for French, folded ("à" is "a"); an elided article or pronoun ("l'huile") is split off
# by ``words`` below, as PostgreSQL's parser does.
FRENCH_STOP_WORDS = frozenset(
    "a au aux avec ce ces dans de des du elle en et il la le les leur mais ou par pas pour qu que "
    "qui sa se ses son sur un une vos votre c d j l m n s t".split()
)
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu)'")


def query_words(query: str, stop_words=STOP_WORDS) -> list[str]:
    """The words of a shopper's query worth matching: no stop words, no duplicates. With the
    French stop words, elided articles go too: "l'huile" -> ["huile"]."""
    if stop_words is FRENCH_STOP_WORDS:
        query = _ELISION.sub(" ", fold(query).replace("\u2019", "'"))
    seen = []
    for word in words(query):
        if word not in stop_words and word not in seen:
            seen.append(word)
    return seen


_SUFFIXES = ("ings", "ing", "ers", "er", "es", "s")


def stem(word: str) -> str:
    """A crude English stem for the SQLite path: "guns" -> "gun", "massager" -> "massag".

    Matching the stem as a substring then finds "massage", "massager" and "massages"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


def french_stem(word: str) -> str:
    """A crude French stem for the SQLite path: the plural's "s" or "x", then a final "e":
    "huiles" -> "huil", "chaudes" -> "chaud", "creme" -> "crem". Matched as a substring it finds
    the singular and the plural, masculine and feminine."""
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word
