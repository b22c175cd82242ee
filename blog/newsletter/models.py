import secrets

from django.db import models
from django.utils import timezone


def _nonce():
    return secrets.token_hex(8)


class Subscriber(models.Model):
    PENDING, CONFIRMED, UNSUBSCRIBED = "pending", "confirmed", "unsubscribed"
    STATUSES = ((PENDING, "Waiting for confirmation"), (CONFIRMED, "Confirmed"),
                (UNSUBSCRIBED, "Unsubscribed"))

    email = models.EmailField(max_length=254, unique=True)
    status = models.CharField(max_length=12, choices=STATUSES, default=PENDING, db_index=True)
    confirmation_nonce = models.CharField(max_length=16, default=_nonce)
    confirmation_sent = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    confirmed = models.DateTimeField(null=True, blank=True)
    unsubscribed = models.DateTimeField(null=True, blank=True)
    # The active language of the latest signup (bodybest/mail/languages.py): the confirmation
    # and each article are mailed in it when the article has a version in it.
    language = models.CharField(max_length=10, default="en-ca")

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.email

    def unsubscribe(self):
        Subscriber.objects.filter(pk=self.pk).exclude(status=self.UNSUBSCRIBED).update(
            status=self.UNSUBSCRIBED, unsubscribed=timezone.now())


class Consent(models.Model):
    """What a person agreed to, when, from where (CASL): one row per signup."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    given = models.DateTimeField(default=timezone.now)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    source_page = models.CharField(max_length=500, blank=True)
    text_version = models.CharField(max_length=20)
    confirmed = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-given"]


class ArticleSend(models.Model):
    """The mailing of one article to the subscribers confirmed when it started. One per article."""

    QUEUED, SENDING, DONE = "queued", "sending", "done"
    article = models.OneToOneField("blog.Article", on_delete=models.CASCADE, related_name="newsletter_send")
    status = models.CharField(max_length=10, default=QUEUED,
                              choices=((QUEUED, "Queued"), (SENDING, "Sending"), (DONE, "Done")))
    recipients = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)
    started = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.article} ({self.status})"


class Delivery(models.Model):
    """One subscriber's copy of one article: the unique constraint makes it at most one.

    pending -> sending (claimed by a task) -> sent; a failure goes back to pending with a later
    `next_attempt`, and after the last attempt to failed. A row is marked sent before the SMTP
    server is told to accept the message (bodybest/mail/smtp.py), so a worker killed at any
    moment never leaves a row that would be sent twice."""

    PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
    send = models.ForeignKey(ArticleSend, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=8, default=PENDING, choices=(
        (PENDING, "Pending"), (SENDING, "Sending"), (SENT, "Delivered"), (FAILED, "Failed")))
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed = models.DateTimeField(null=True, blank=True)
    next_attempt = models.DateTimeField(null=True, blank=True)
    sent = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["send", "subscriber"], name="one_delivery_per_subscriber")]
        indexes = [models.Index(fields=["send", "status"])]
