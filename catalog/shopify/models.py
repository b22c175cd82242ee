"""An import staff run from the dashboard: the uploaded export, its dry run, their confirmation
and the real import, each run by a Celery task (jobs.py), and what each reported."""
import hashlib
import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.deconstruct import deconstructible


@deconstructible
class UploadStorage(FileSystemStorage):
    """Exports hold customers' names and addresses: kept outside MEDIA_ROOT
    (SHOPIFY_IMPORTS_ROOT), so no URL serves them; only the import reads them."""

    @property
    def base_location(self):
        return str(settings.SHOPIFY_IMPORTS_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Uploaded Shopify exports have no public URL.")


uploads = UploadStorage()


def sha256_of(field_file):
    """The hex digest of a stored file, read in chunks."""
    digest = hashlib.sha256()
    with field_file.storage.open(field_file.name, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ImportJob(models.Model):
    UPLOADED, CHECKING, CHECKED = "uploaded", "checking", "checked"
    CONFIRMED, IMPORTING, DONE, FAILED = "confirmed", "importing", "done", "failed"
    STATES = [
        (UPLOADED, "Dry run waiting"),
        (CHECKING, "Dry run running"),
        (CHECKED, "Dry run done: to confirm"),
        (CONFIRMED, "Import waiting"),
        (IMPORTING, "Import running"),
        (DONE, "Imported"),
        (FAILED, "Failed"),
    ]
    RUNNING = (UPLOADED, CHECKING, CONFIRMED, IMPORTING)

    kind = models.CharField(max_length=20)  # a key of kinds.KINDS
    file = models.FileField(storage=uploads, upload_to="%Y/%m/", max_length=200)
    file_name = models.CharField(max_length=255)  # as staff's computer named it
    file_sha256 = models.CharField(max_length=64)
    mapping = models.FileField(storage=uploads, upload_to="%Y/%m/", max_length=200, blank=True)
    mapping_name = models.CharField(max_length=255, blank=True)
    mapping_sha256 = models.CharField(max_length=64, blank=True)
    state = models.CharField(max_length=12, choices=STATES, default=UPLOADED, db_index=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    confirmed = models.DateTimeField(null=True, blank=True)
    started = models.DateTimeField(null=True, blank=True)  # when a worker took its latest run
    finished = models.DateTimeField(null=True, blank=True)
    # Each report: {"counts": {...}, "lines": [...], "refusals": [[row, name, reason], ...]}.
    dry_run_report = models.JSONField(default=dict, blank=True)
    import_report = models.JSONField(default=dict, blank=True)
    total = models.PositiveIntegerField(default=0)  # rows or products of the last finished run
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = "Shopify import"

    def __str__(self):
        return f"{self.kind} import #{self.pk} ({self.file_name})"

    @property
    def is_running(self):
        return self.state in self.RUNNING

    @property
    def is_dry_run_phase(self):
        return self.state in (self.UPLOADED, self.CHECKING)

    @property
    def report(self):
        """The latest report: the import's once it ran, else the dry run's."""
        return self.import_report or self.dry_run_report

    def files_unchanged(self):
        """Whether the stored export (and mapping) still read as they did when uploaded."""
        if sha256_of(self.file) != self.file_sha256:
            return False
        return not self.mapping or sha256_of(self.mapping) == self.mapping_sha256
