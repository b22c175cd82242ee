from django.db import models
from django.utils import timezone


class OutgoingMail(models.Model):
    """One transactional message: at most one per (kind, object), by the unique constraint.

    pending -> sending (claimed by a task) -> sent; a refused or failed send goes back to
    pending with a later `next_attempt`, and after the last attempt to failed. A mail no longer
    needed when its turn came (its object is gone, or the reader saw the chat answer already)
    is skipped, not failed, so "failed" on the outbox means only what staff should look at. `next_attempt`
    is also when Celery beat's sweep steps in for a pending row whose task never ran. The row
    is marked sent before the SMTP server is told to accept the message (bodybest/mail/smtp.py).
    """

    PENDING, SENDING, SENT, FAILED, SKIPPED = "pending", "sending", "sent", "failed", "skipped"
    kind = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    status = models.CharField(max_length=8, default=PENDING, choices=(
        (PENDING, "Pending"), (SENDING, "Sending"), (SENT, "Sent"), (FAILED, "Failed"),
        (SKIPPED, "Skipped: nothing to send")))
    attempts = models.PositiveSmallIntegerField(default=0)
    created = models.DateTimeField(default=timezone.now)
    claimed = models.DateTimeField(null=True, blank=True)
    next_attempt = models.DateTimeField(null=True, blank=True)
    sent = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = "outgoing mail"
        verbose_name_plural = "outgoing mail"
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="one_mail_per_kind_and_object")]
        indexes = [models.Index(fields=["status", "next_attempt"])]

    def __str__(self):
        return f"{self.kind} #{self.object_id} ({self.status})"
