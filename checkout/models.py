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
