"""PostgreSQL full-text vectors: the text search configurations and how a document's vectors
are computed from its folded text columns, one per language (engine/languages.py)."""
from django.contrib.postgres.search import SearchVector

from catalog.search.models import SearchDocument

from .languages import ENGLISH, FRENCH

# English stemming with unaccent in front (created by migration 0002 on PostgreSQL); the French
# one, bodybest_french, by migration 0006.
CONFIG = ENGLISH.config


def document_vector(language=ENGLISH):
    return (
        SearchVector(language.title, weight="A", config=language.config)
        + SearchVector(language.keywords, weight="B", config=language.config)
        + SearchVector(language.body, weight="C", config=language.config)
    )


def fill(product_ids) -> None:
    """Compute both vectors of these documents in the database, in one statement."""
    SearchDocument.objects.filter(product_id__in=list(product_ids)).update(
        search_vector=document_vector(ENGLISH), search_vector_fr=document_vector(FRENCH))
