from django.db import models


class ContactMessage(models.Model):
    """A message sent through the contact form; kept so nothing is lost if mail fails."""

    name = models.CharField(max_length=120)
    email = models.EmailField()
    phone = models.CharField(max_length=40, blank=True)
    order_number = models.CharField(max_length=40, blank=True)
    message = models.TextField(max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)
    mailed_at = models.DateTimeField(null=True, blank=True)
    # The page's language (bodybest/mail/languages.py): staff are told to answer in it.
    language = models.CharField(max_length=10, default="en-ca")

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} <{self.email}> {self.created_at:%Y-%m-%d %H:%M}"


class OutboxTask(models.Model):
    """A Celery task the broker could not take when it was queued (bodybest/outbox.py keeps
    it here); published again, with the same task id, once the broker answers."""

    task_id = models.CharField(max_length=255, unique=True)
    name = models.CharField(max_length=255)
    message = models.TextField(help_text="args, kwargs and options, as Celery's JSON")
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.name} ({self.task_id}) waiting since {self.created_at:%Y-%m-%d %H:%M:%S}"


class OldLink(models.Model):
    """An address of the old Shopify store and the page of ours it now answers with (a 301,
    bodybest/old_links.py). ``path`` is kept normalised: lower-case, no trailing slash, no query."""

    KIND_CHOICES = [
        ("product", "Product"),
        ("collection", "Collection"),
        ("article", "Article"),
        ("blog", "Blog"),
        ("page", "Page"),
        ("other", "Other"),
    ]
    SOURCE_CHOICES = [("import", "Import"), ("staff", "Staff")]

    path = models.CharField(
        max_length=500, unique=True,
        help_text="The old store's address, e.g. /products/whey-isolate (lower-case, no query).",
    )
    target_url = models.CharField(
        max_length=500, help_text="A path on this site, e.g. /catalogue/whey-isolate_12/.",
    )
    kind = models.CharField(max_length=20, choices=KIND_CHOICES, default="other")
    source = models.CharField(max_length=20, choices=SOURCE_CHOICES, default="staff")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["path"]
        verbose_name = "old link"

    def __str__(self):
        return f"{self.path} → {self.target_url}"
