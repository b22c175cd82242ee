import os
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import pgettext_lazy
from oscar.apps.offer.conditions import CountCondition

@deconstructible
class ScreenshotStorage(FileSystemStorage):
    """Screenshots are shoppers' files: kept outside MEDIA_ROOT (PRICE_MATCH_SCREENSHOTS_ROOT),
    shown to staff only through a staff view."""

    @property
    def base_location(self):
        return str(settings.PRICE_MATCH_SCREENSHOTS_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)


screenshots = ScreenshotStorage()

DEFAULT_EXCLUDED = "\n".join([
    "amazon.ca", "amazon.com", "ebay.ca", "ebay.com", "kijiji.ca", "facebook.com", "craigslist.org",
    "etsy.com", "aliexpress.com", "temu.com", "wish.com", "marketplace.walmart.ca",
])


class Policy(models.Model):
    """The Price Match Assurance rules staff edit (Django admin → Price Match Assurance → Policy).
    One row; `current()` makes it with the defaults the first time."""

    floor_percent = models.PositiveSmallIntegerField(
        "Lowest price we match (% of our price with shipping)", default=60,
        validators=[MinValueValidator(1), MaxValueValidator(99)])
    window_days = models.PositiveSmallIntegerField(
        "Days after a purchase, and between matches of one product", default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)])
    voucher_days = models.PositiveSmallIntegerField(
        "Days an approved match's voucher can be used", default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)])
    decide_within_days = models.PositiveSmallIntegerField(
        "Days before an undecided request expires", default=7,
        validators=[MinValueValidator(1), MaxValueValidator(60)])
    excluded_domains = models.TextField(
        "Marketplace and auction sites we do not match (one domain a line)", default=DEFAULT_EXCLUDED)
    excluded_categories = models.CharField(
        "Category slugs whose products are excluded (clearance, bundles, open box)",
        max_length=500, default="clearance, bundles, open-box", blank=True)
    screenshot_max_mb = models.PositiveSmallIntegerField(default=3, validators=[MaxValueValidator(10)])
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "Policy"

    def __str__(self):
        return "Price Match Assurance policy"

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first() or cls.objects.create()

    def domains(self):
        return [line.strip() for line in self.excluded_domains.splitlines() if line.strip()]

    def category_slugs(self):
        return [slug.strip() for slug in self.excluded_categories.split(",") if slug.strip()]


class PriceMatchQuerySet(models.QuerySet):
    def verified(self):
        """Requests whose shopper proved who they are. Only these reach staff, count towards a
        shopper's limits, and show on an account page."""
        return self.filter(verified__isnull=False)

    def of_account(self, user):
        return self.verified().filter(user=user)

    def of_confirmed_email(self, email):
        """Requests from whoever opened the link mailed to `email` (an account's own address is
        not proven: Oscar never checks it)."""
        return self.verified().filter(email_confirmed__isnull=False, email__iexact=email)


class PriceMatchRequest(models.Model):
    PENDING, APPROVED, REJECTED, EXPIRED = "pending", "approved", "rejected", "expired"
    # Shown to the shopper on their account page, in the page's language.
    STATUSES = ((PENDING, pgettext_lazy("price match", "Pending")),
                (APPROVED, pgettext_lazy("price match", "Approved")),
                (REJECTED, pgettext_lazy("price match", "Rejected")),
                (EXPIRED, pgettext_lazy("price match", "Expired")))

    product = models.ForeignKey("catalogue.Product", on_delete=models.PROTECT, related_name="price_matches")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="price_matches")
    name = models.CharField(max_length=120)
    email = models.EmailField(max_length=254, db_index=True)
    competitor_name = models.CharField(max_length=120)
    competitor_url = models.URLField(max_length=500)
    competitor_price = models.DecimalField(max_digits=10, decimal_places=2)
    competitor_shipping = models.DecimalField(max_digits=10, decimal_places=2)
    our_price = models.DecimalField(max_digits=10, decimal_places=2, help_text="Before tax, when asked")
    our_shipping = models.DecimalField(max_digits=10, decimal_places=2)
    screenshot = models.ImageField(storage=screenshots, upload_to="%Y/%m/", blank=True)
    order = models.ForeignKey("order.Order", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+", help_text="A past order of this product, inside the window")
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING, db_index=True)
    reason = models.CharField("Reason given to the shopper", max_length=500, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decided = models.DateTimeField(null=True, blank=True)
    voucher = models.OneToOneField("voucher.Voucher", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="price_match")
    refunded = models.DecimalField(max_digits=10, decimal_places=2, default=Decimal("0.00"))
    decision_mailed = models.DateTimeField(null=True, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    order_number = models.CharField(
        max_length=32, blank=True, help_text="As typed by a guest; checked once they confirm the address")
    verified = models.DateTimeField(
        null=True, blank=True, db_index=True,
        help_text="When the shopper proved who they are: asked while signed in, or opened the link "
                  "mailed to the address")
    email_confirmed = models.DateTimeField(
        null=True, blank=True, help_text="When the link mailed to the address was opened")
    language = models.CharField(
        max_length=10, default="en-ca",
        help_text="The language the shopper asked in: the mails about the request are written in it")

    objects = PriceMatchQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"Price match #{self.pk}: {self.product} at {self.competitor_name}"

    @property
    def our_landed(self):
        return self.our_price + self.our_shipping

    @property
    def their_landed(self):
        return self.competitor_price + self.competitor_shipping

    @property
    def difference(self):
        from catalog.price_match.rules import difference

        return difference(self.our_landed, self.their_landed)

    def expires(self, policy):
        return self.created + timedelta(days=policy.decide_within_days)

    def voucher_is_store_credit(self):
        return bool(self.voucher_id and self.order_id)


class ShopperPriceMatchCondition(CountCondition):
    """The product is in the basket, and the basket belongs to the account the request is
    verified for: the one that asked, or that opened the confirmation link mailed to the
    address asked with. An account merely having that email address is not enough."""

    class Meta:
        proxy = True
        app_label = "price_match"

    @property
    def name(self):
        return "The matched product, in the basket of the shopper who asked"

    @property
    def description(self):
        return self.name

    def is_satisfied(self, offer, basket):
        owner = getattr(basket, "owner", None)
        if owner is None or not owner.is_authenticated:
            return False
        match = getattr(offer.vouchers.first(), "price_match", None)
        if match is None or match.verified is None or match.user_id != owner.pk:
            return False
        return super().is_satisfied(offer, basket)
