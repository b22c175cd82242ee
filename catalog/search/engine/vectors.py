"""PostgreSQL full-text vectors: the text search configuration and how a document's vector is
computed from its folded text columns."""
from django.contrib.postgres.search import SearchVector

from catalog.search.models import SearchDocument

# English stemming with unaccent in front (created by migration 0002 on PostgreSQL).
CONFIG = "bodybest_english"


def document_vector():
    return (
        SearchVector("title", weight="A", config=CONFIG)
        + SearchVector("keywords", weight="B", config=CONFIG)
        + SearchVector("body", weight="C", config=CONFIG)
    )


def fill(product_ids) -> None:
    """Compute the vectors of these documents in the database, in one statement."""
    SearchDocument.objects.filter(product_id__in=list(product_ids)).update(search_vector=document_vector())
