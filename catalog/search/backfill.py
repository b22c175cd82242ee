"""Search documents written before the French columns existed, rebuilt by ``migrate``.

Migration 0006 added the French columns and could only copy the English into them: a data
migration sees the models as they were then, and the documents are built by today's code
(engine/documents.py) from today's models. So once ``migrate`` has applied every migration,
this handler (connected in apps.py to the search app's ``post_migrate``) rebuilds every
document when some are missing their French, the way ``manage.py build_search_documents``
does: one transaction, so shoppers keep reading the old documents until it commits, and
refreshes wait their turn on the engine's lock.

Missing French: a product with a French title whose document shows another French name.
After a rebuild none is left, so later deploys only pay for that one query."""
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.models import F

from . import engine
from .models import SearchDocument


def rebuild_missing_french(sender, *, using=DEFAULT_DB_ALIAS, plan=None, verbosity=1, stdout=None, **kwargs):
    # ``flush`` (tests that empty the database) sends the signal without a plan: nothing to do.
    if plan is None or using != DEFAULT_DB_ALIAS or not _fully_migrated(using):
        return
    if not missing_french():
        return
    built = engine.rebuild()
    if verbosity and stdout is not None:
        stdout.write(f"  Search documents rebuilt with their French: {built}.\n")


def missing_french() -> bool:
    """Whether a product with a French title has a document whose French name is another."""
    return (
        SearchDocument.objects.filter(product__title_fr_ca__gt="")
        .exclude(name_fr=F("product__title_fr_ca"))
        .exists()
    )


def _fully_migrated(using):
    """``migrate app 0003`` leaves the tables older than the code that builds documents."""
    executor = MigrationExecutor(connections[using])
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())
