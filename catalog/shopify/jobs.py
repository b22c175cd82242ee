"""Import jobs staff start from the dashboard: a dry run of the uploaded export, then, once
they confirm, the real import. Each step is claimed with a conditional UPDATE on the job's
state, so a task delivered twice, a double click or a second tab starts it once; any error ends
the job as failed with its message, never left running."""
import logging
from datetime import timedelta

from django.utils import timezone

from . import kinds, progress
from .models import ImportJob

logger = logging.getLogger(__name__)

# Lines of what changed kept on the job (the page pages through them); the count is always kept.
REPORT_LINES_KEPT = 10_000


# A run still marked running this long after a worker took it cannot be alive: the task's hard
# time limit (tasks.py) has ended it, or its worker was killed outright. Its transaction was
# rolled back with its connection, so nothing of it was kept.
ABANDONED_AFTER = timedelta(minutes=65)
ABANDONED = "The worker stopped before the run finished (no answer within 65 minutes); nothing was kept. Upload the file again."


class FileChanged(Exception):
    pass


def fail_abandoned(now=None):
    """Marks failed the runs no worker can still be doing (one UPDATE); the pages call it."""
    limit = (now or timezone.now()) - ABANDONED_AFTER
    return ImportJob.objects.filter(state__in=(ImportJob.CHECKING, ImportJob.IMPORTING), started__lt=limit).update(
        state=ImportJob.FAILED, error=ABANDONED, finished=timezone.now())


def job_confirm(*, job, user):
    """Moves a dry-run-checked job to the import's queue; False when another request did first
    or the dry run has not finished. The caller queues the import on True only."""
    return bool(ImportJob.objects.filter(pk=job.pk, state=ImportJob.CHECKED).update(
        state=ImportJob.CONFIRMED, confirmed_by=user, confirmed=timezone.now()))


def job_dry_run(job_id):
    return _run(job_id, dry_run=True)


def job_import(job_id):
    return _run(job_id, dry_run=False)


def _run(job_id, *, dry_run):
    waiting, running = ((ImportJob.UPLOADED, ImportJob.CHECKING) if dry_run
                        else (ImportJob.CONFIRMED, ImportJob.IMPORTING))
    if not ImportJob.objects.filter(pk=job_id, state=waiting).update(state=running, started=timezone.now()):
        return "skipped"  # gone, or another delivery of this task has it
    job = ImportJob.objects.get(pk=job_id)
    tracker = progress.Tracker(job_id)
    tracker.start()
    try:
        if not job.files_unchanged():
            raise FileChanged("The uploaded file changed after it was checked; upload it again.")
        kind = kinds.get(job.kind)
        result = kind.run(job.file.path, mapping_path=job.mapping.path if job.mapping else None,
                          dry_run=dry_run, progress=tracker)
    except Exception as error:  # noqa: BLE001 (whatever it was, the job must say it failed)
        logger.exception("Shopify import job %s failed", job_id)
        ImportJob.objects.filter(pk=job_id, state=running).update(
            state=ImportJob.FAILED, error=_message(error), finished=timezone.now())
        progress.clear(job_id)
        _discard_files(job)
        return "failed"
    report = {"counts": result.counts, "lines": result.lines[:REPORT_LINES_KEPT],
              "lines_total": len(result.lines), "refusals": [list(refusal) for refusal in result.refusals]}
    fields = {"dry_run_report": report} if dry_run else {"import_report": report, "finished": timezone.now()}
    ImportJob.objects.filter(pk=job_id, state=running).update(
        state=ImportJob.CHECKED if dry_run else ImportJob.DONE, total=tracker.total, **fields)
    progress.clear(job_id)
    if not dry_run:
        _discard_files(job)
    return "checked" if dry_run else "done"


def _discard_files(job):
    """The export holds customers' names and addresses: once nothing more can be run from it
    (imported, or failed: staff upload it again), it is deleted; its name and digest stay."""
    for stored in (job.file, job.mapping):
        if stored:
            stored.storage.delete(stored.name)
    ImportJob.objects.filter(pk=job.pk).update(file="", mapping="")


def _message(error):
    text = str(error).strip()
    if isinstance(error, (FileChanged, ValueError, OSError)) and text:
        return text
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
