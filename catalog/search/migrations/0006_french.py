"""French search: the French columns of each document and, on PostgreSQL, a French text search
configuration that removes accents before French stemming (like bodybest_english in 0002),
with a GIN index on the French vector and a trigram index on the French titles (suggestions).

Existing documents get their English text in the French columns, so a French search finds
them at once; once every migration has run, `migrate` rebuilds them with the French
(catalog/search/backfill.py)."""
import django.contrib.postgres.search
from django.db import migrations, models
from django.db.models import F

from bodybest.postgres_sql import on_postgresql

CONFIG = "bodybest_french"

FORWARD = [
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
            CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = french);
            ALTER TEXT SEARCH CONFIGURATION {CONFIG}
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
    END $$""",
    "CREATE INDEX search_document_vector_fr_gin ON search_searchdocument USING gin (search_vector_fr)",
    "CREATE INDEX search_document_title_fr_trgm ON search_searchdocument USING gin (title_fr gin_trgm_ops)",
]

BACKWARD = [
    "DROP INDEX IF EXISTS search_document_title_fr_trgm",
    "DROP INDEX IF EXISTS search_document_vector_fr_gin",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
]


def english_in_french_columns(apps, schema_editor):
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchDocument.objects.update(name_fr=F("name"), title_fr=F("title"), keywords_fr=F("keywords"),
                                  body_fr=F("body"))
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE search_searchdocument SET search_vector_fr ="
                f" setweight(to_tsvector('{CONFIG}', title_fr), 'A')"
                f" || setweight(to_tsvector('{CONFIG}', keywords_fr), 'B')"
                f" || setweight(to_tsvector('{CONFIG}', body_fr), 'C')")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_document_updated")]

    operations = [
        migrations.AddField("searchdocument", "name_fr", models.CharField(blank=True, max_length=255)),
        migrations.AddField("searchdocument", "title_fr", models.CharField(blank=True, max_length=255)),
        migrations.AddField("searchdocument", "keywords_fr", models.TextField(blank=True)),
        migrations.AddField("searchdocument", "body_fr", models.TextField(blank=True)),
        migrations.AddField("searchdocument", "search_vector_fr",
                            django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD)),
        migrations.RunPython(english_in_french_columns, migrations.RunPython.noop),
    ]
