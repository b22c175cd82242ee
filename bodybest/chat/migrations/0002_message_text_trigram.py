"""PostgreSQL only: a trigram index over the upper-cased text of chat messages, the expression
Django's `icontains` compares (`UPPER(text) LIKE UPPER('%words%')`), so the inbox's search over
every transcript does not read the whole table. SQLite (the embedded default) gets none."""
from django.db import migrations

from bodybest.postgres_sql import on_postgresql

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS chat_message_text_trgm ON chat_message USING gin (UPPER(text) gin_trgm_ops)",
]
BACKWARD = ["DROP INDEX IF EXISTS chat_message_text_trgm"]


class Migration(migrations.Migration):
    dependencies = [("chat", "0001_initial")]

    operations = [migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))]
