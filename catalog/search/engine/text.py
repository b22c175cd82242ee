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


def query_words(query: str) -> list[str]:
    """The words of a shopper's query worth matching: no stop words, no duplicates."""
    seen = []
    for word in words(query):
        if word not in STOP_WORDS and word not in seen:
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
