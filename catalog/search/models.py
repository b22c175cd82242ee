"""The search engine's own tables (catalog/search/engine/): one denormalised document per
browsable product, its categories with their ancestors, and the vocabulary of words that typo
correction chooses from. They are derived data: `build_search_documents` rebuilds them from the
catalogue, `engine.refresh` brings given products up to date."""
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    """What search, filters and sorting read about one browsable product.

    Text columns hold lower-case text without accents (``engine.text.fold``). ``search_vector``
    is filled on PostgreSQL only (weights: title A; brand, categories, attributes, UPC B;
    description excerpt C); on SQLite it stays empty. The ``*_fr`` columns hold the same in
    French (the English where the catalogue has no French yet), read on French pages
    (engine/languages.py)."""

    product = models.OneToOneField(
        "catalogue.Product", on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    name = models.CharField(max_length=255)
    title = models.CharField(max_length=255)
    keywords = models.TextField(blank=True)
    body = models.TextField(blank=True)
    search_vector = SearchVectorField(null=True, editable=False)
    name_fr = models.CharField(max_length=255, blank=True)
    title_fr = models.CharField(max_length=255, blank=True)
    keywords_fr = models.TextField(blank=True)
    body_fr = models.TextField(blank=True)
    search_vector_fr = SearchVectorField(null=True, editable=False)
    brand = models.CharField(max_length=128, blank=True, db_index=True)
    price = models.DecimalField(max_digits=12, decimal_places=2, null=True, db_index=True)
    in_stock = models.BooleanField(default=False)
    attributes = models.JSONField(default=dict)
    popularity = models.PositiveIntegerField(default=0)
    date_created = models.DateTimeField(db_index=True)
    image = models.CharField(max_length=255, blank=True)
    # When the document was last written: what a product's card is keyed by (catalog/cards.py).
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["-popularity", "name"], name="search_document_bestselling"),
            # The facet counts read only these columns: on PostgreSQL they come from this
            # index alone (an index-only scan) instead of the 1.7 KB rows holding the text.
            models.Index(fields=["brand", "price", "in_stock"], include=["product"], name="search_document_facets"),
        ]

    def __str__(self):
        return self.name


class SearchDocumentCategory(models.Model):
    """A category a document is filed under, directly or as an ancestor of its category, so
    that filtering by a parent category includes its children's products."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="categories")
    category = models.ForeignKey("catalogue.Category", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["category", "document"], name="search_document_category_unique"),
        ]


class SearchWord(models.Model):
    """A word of the catalogue (titles, categories, brands, attribute values), folded."""

    word = models.CharField(max_length=64, unique=True)
    frequency = models.PositiveIntegerField(default=1)

    def __str__(self):
        return self.word
