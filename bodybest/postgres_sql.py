"""SQL that only PostgreSQL runs, for migrations: extensions, text search configurations, GIN
and trigram indexes. SQLite (the embedded default) skips it, and the code reading those indexes
has a path without them."""


def on_postgresql(statements):
    """A RunPython function executing `statements` in order on PostgreSQL, nothing elsewhere."""
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return run
