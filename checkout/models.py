from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from checkout.tax import PROVINCES

TAX_CODES = (("GST", "GST"), ("HST", "HST"), ("PST", "PST"), ("QST", "QST"), ("RST", "RST"))


class TaxRate(models.Model):
    """One sales tax of one province or territory, from a date (checkout/tax.py applies it).
    A change of rate is a new row from its date, with the old row ended the day before."""

    province = models.CharField(_("Province or territory"), max_length=2, choices=PROVINCES)
    code = models.CharField(_("Tax"), max_length=3, choices=TAX_CODES)
    name = models.CharField(_("Name on receipts"), max_length=32)
    percent = models.DecimalField(
        _("Rate (%)"), max_digits=6, decimal_places=3,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    position = models.PositiveSmallIntegerField(_("Order on receipts"), default=0)
    effective_from = models.DateField(_("In force from"))
    effective_until = models.DateField(_("In force until (inclusive)"), null=True, blank=True)

    class Meta:
        ordering = ["province", "position", "-effective_from"]
        constraints = [
            models.UniqueConstraint(fields=["province", "code", "effective_from"], name="tax_rate_once_per_date"),
        ]
        verbose_name = _("Sales tax rate")
        verbose_name_plural = _("Sales tax rates")

    def __str__(self):
        return f"{self.province} {self.name} {self.percent}% from {self.effective_from}"

    def clean(self):
        """Two rows of the same tax in force on the same day would charge it twice: refused."""
        from django.core.exceptions import ValidationError

        if self.effective_until and self.effective_until < self.effective_from:
            raise ValidationError({"effective_until": _("The end comes before the start.")})
        overlapping = TaxRate.objects.filter(province=self.province, code=self.code).exclude(pk=self.pk)
        if self.effective_until:
            overlapping = overlapping.filter(effective_from__lte=self.effective_until)
        overlapping = overlapping.filter(
            models.Q(effective_until__isnull=True) | models.Q(effective_until__gte=self.effective_from)
        )
        clash = overlapping.first()
        if clash:
            raise ValidationError(_(
                "%(clash)s is in force over part of this period: end it the day before this one starts."
            ) % {"clash": clash})


class OrderTax(models.Model):
    """Each tax charged on an order, on its own line (GST and QST, say), as it was computed."""

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="tax_lines")
    code = models.CharField(max_length=3, choices=TAX_CODES)
    name = models.CharField(max_length=32)
    percent = models.DecimalField(max_digits=6, decimal_places=3)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "position"]
        verbose_name = _("Order tax")

    def __str__(self):
        return f"{self.name} {self.amount}"


from oscar.apps.checkout.models import *  # noqa: E402,F401,F403
from checkout.invoice_models import CreditNote, DocumentCounter, Invoice  # noqa: E402,F401
from checkout.shipment_models import Shipment, ShipmentLine  # noqa: E402,F401
from checkout.late_order_models import ShipmentDeadline  # noqa: E402,F401


class CardPayment(models.Model):
    """One attempt to pay for a basket by card through a Stripe PaymentIntent.

    The row is written before Stripe is called, and holds what the order will be made of
    (`snapshot`), so the order can be placed by the shopper's browser, by a webhook or by the
    reconcile command alike (checkout/payment_flow.py). At most one attempt per basket is in
    flight, and at most one per basket ever has an order: the database enforces both."""

    STARTED = "started"
    REQUIRES_ACTION = "requires_action"
    AUTHORISED = "authorised"
    CAPTURED = "captured"
    FAILED = "failed"
    CANCELED = "canceled"
    STATUSES = (
        (STARTED, _("Started")),
        (REQUIRES_ACTION, _("Waiting for the cardholder (3-D Secure)")),
        (AUTHORISED, _("Authorised, not captured")),
        (CAPTURED, _("Captured")),
        (FAILED, _("Failed")),
        (CANCELED, _("Released")),
    )
    IN_FLIGHT = (STARTED, REQUIRES_ACTION, AUTHORISED)

    basket = models.ForeignKey("basket.Basket", on_delete=models.PROTECT, related_name="card_payments")
    order = models.OneToOneField(
        "order.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="card_payment"
    )
    order_number = models.CharField(max_length=128)
    payment_intent_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    status = models.CharField(max_length=20, choices=STATUSES, default=STARTED)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3, default="CAD")
    amount_captured = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0.00"))
    amount_refunded = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0.00"))
    snapshot = models.JSONField()
    failure_message = models.CharField(max_length=500, blank=True)
    # The card as Stripe describes it (brand code and last four digits), for the invoice;
    # blank until the order is placed, or if Stripe could not say.
    card_brand = models.CharField(max_length=20, blank=True)
    card_last4 = models.CharField(max_length=4, blank=True)
    confirmation_mailed = models.DateTimeField(null=True, blank=True)
    staff_notified = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["basket"], condition=models.Q(status__in=("started", "requires_action", "authorised")),
                name="one_card_payment_in_flight_per_basket",
            ),
            models.UniqueConstraint(
                fields=["basket"], condition=models.Q(order__isnull=False),
                name="one_paid_order_per_basket",
            ),
            models.CheckConstraint(
                condition=models.Q(amount_refunded__lte=models.F("amount_captured")),
                name="card_payment_refund_within_captured",
            ),
        ]

    def __str__(self):
        return f"{self.payment_intent_id or 'payment'} for order {self.order_number} ({self.status})"

    @property
    def refundable(self):
        return self.amount_captured - self.amount_refunded


class StripeEvent(models.Model):
    """A webhook event from Stripe, recorded once: the unique id makes a redelivered event a
    no-op, whatever order events arrive in."""

    event_id = models.CharField(max_length=255, unique=True)
    type = models.CharField(max_length=100)
    payment_intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    received = models.DateTimeField(auto_now_add=True)
    processed = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["-received"]

    def __str__(self):
        return f"{self.type} {self.event_id}"


class OrderLanguage(models.Model):
    """The language a shopper placed an order in (the checkout page's, saved with the payment's
    snapshot), so the order's mails are written in it wherever they are built: a worker, a
    webhook, a staff page. An order without a row (placed before the store spoke French, or
    made in the dashboard) is in the store's default language."""

    order = models.OneToOneField("order.Order", on_delete=models.CASCADE, primary_key=True,
                                 related_name="shopper_language")
    language = models.CharField(max_length=10)

    def __str__(self):
        return f"{self.order_id}: {self.language}"

    @classmethod
    def of(cls, order_id):
        """The order's language, one of settings.LANGUAGES' codes."""
        from bodybest.mail.languages import supported

        return supported(cls.objects.filter(order_id=order_id).values_list("language", flat=True).first())


class ReturnPolicy(models.Model):
    """The returns page's promise as staff edit it: how many days a shopper has to start a
    return (checkout/returns.py counts them from delivery, else from the order date). One row;
    `current()` makes it with the page's 30 days if missing."""

    window_days = models.PositiveSmallIntegerField(
        "Return window (days)", default=30, validators=[MinValueValidator(1), MaxValueValidator(365)])

    class Meta:
        verbose_name = "Return policy"
        verbose_name_plural = "Return policy"

    def __str__(self):
        return f"Returns within {self.window_days} days"

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first() or cls.objects.create()


class ReturnExclusion(models.Model):
    """A category whose products cannot be returned once opened or used (oils, linens); its
    subcategories inherit it."""

    category = models.OneToOneField("catalogue.Category", on_delete=models.CASCADE,
                                    related_name="return_exclusion")

    class Meta:
        verbose_name = "Category not returnable once opened or used"
        verbose_name_plural = "Categories not returnable once opened or used"

    def __str__(self):
        return str(self.category)


class ReturnRequest(models.Model):
    """A shopper's return of some of an order's lines: requested -> approved or refused;
    approved -> received (refunded through checkout/refunds.py)."""

    REQUESTED, APPROVED, REFUSED, RECEIVED = "requested", "approved", "refused", "received"
    STATES = ((REQUESTED, _("Requested")), (APPROVED, _("Approved: send it back")),
              (REFUSED, _("Refused")), (RECEIVED, _("Received and refunded")))
    REASONS = (("changed-mind", _("Changed my mind")), ("wrong-item", _("Wrong item sent")),
               ("damaged", _("Arrived damaged or faulty")), ("not-as-described", _("Not as described")),
               ("other", _("Other")))

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="return_requests")
    state = models.CharField(max_length=10, choices=STATES, default=REQUESTED, db_index=True)
    reason = models.CharField(max_length=20, choices=REASONS)
    note = models.CharField(max_length=500, blank=True)
    language = models.CharField(max_length=10)
    created = models.DateTimeField(auto_now_add=True)
    decided = models.DateTimeField(null=True, blank=True)
    refusal_reason = models.CharField(max_length=500, blank=True)
    received = models.DateTimeField(null=True, blank=True)
    refunded = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    shipping_refunded = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.number

    @property
    def number(self):
        """What the shopper writes on the parcel."""
        return f"R{self.order.number}-{self.pk}"

    @property
    def is_open(self):
        return self.state != self.REFUSED


class ReturnLine(models.Model):
    request = models.ForeignKey(ReturnRequest, on_delete=models.CASCADE, related_name="lines")
    line = models.ForeignKey("order.Line", on_delete=models.CASCADE, related_name="return_lines")
    quantity = models.PositiveIntegerField(validators=[MinValueValidator(1)])
    resaleable = models.BooleanField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["request", "line"], name="one_return_line_per_line")]

    def __str__(self):
        return f"{self.quantity} × {self.line.title}"
