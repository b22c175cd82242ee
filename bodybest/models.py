from django.conf import settings
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
    # How often the link was followed: counted in the cache and written here at most once a
    # minute per link (bodybest/old_link_follows.py), so a follow costs no write of its own.
    followed = models.PositiveIntegerField(default=0, editable=False)
    last_followed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["path"]
        verbose_name = "old link"

    def __str__(self):
        return f"{self.path} → {self.target_url}"


class ShopifyCustomer(models.Model):
    """A customer brought over from the old Shopify store's customer export (``import_shopify
    customers``, catalog/shopify/customers.py): what Oscar's user and address have no field for,
    and what the export said about marketing. ``accepts_email_marketing`` is a record only: it
    subscribes no one (README, "Moving in from Shopify")."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shopify_customer")
    phone = models.CharField(max_length=40, blank=True)
    tags = models.CharField(max_length=500, blank=True)
    note = models.TextField(blank=True)
    language = models.CharField(max_length=10, default="en-ca")
    accepts_email_marketing = models.BooleanField("Accepted email marketing in Shopify", default=False)
    accepts_sms_marketing = models.BooleanField("Accepted SMS marketing in Shopify", default=False)
    consent_source = models.CharField(max_length=100, blank=True,
                                      help_text="Where the marketing answer came from, e.g. 'shopify-export 2026-11-30'.")
    total_spent = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    total_orders = models.PositiveIntegerField(null=True, blank=True)
    imported = models.DateTimeField(auto_now_add=True)
    claim_mail_queued = models.DateTimeField(null=True, blank=True)
    claim_mail_sent = models.DateTimeField(null=True, blank=True)
    permission_mail_queued = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-imported"]
        verbose_name = "customer from Shopify"
        verbose_name_plural = "customers from Shopify"

    def __str__(self):
        return self.user.email


class StaffAction(models.Model):
    """One thing a staff member did to an order (status change, refund, shipment, return
    decision), with who and when; written by checkout/audit.py, shown on the order's
    dashboard page. The name is kept as it was, so the entry outlives the account."""

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="staff_actions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    user_name = models.CharField(max_length=255, blank=True)
    action = models.CharField(max_length=64)
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.action} on order {self.order_id} by {self.user_name or 'the system'}"
