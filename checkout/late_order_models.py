"""How many business days a paid order may wait to ship before the dashboard shows it as late
(checkout/late_orders.py). One row, edited by Owner and Fulfilment on the late-orders page."""
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class ShipmentDeadline(models.Model):
    # Named "shipment…" so the Fulfilment role's "checkout.*_shipment*" covers changing it.
    ONLY = 1

    business_days = models.PositiveSmallIntegerField(
        _("Business days an order may wait to ship"), default=2,
        validators=[MinValueValidator(1), MaxValueValidator(30)])
    changed_at = models.DateTimeField(_("Changed"), auto_now=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("Shipping deadline")
        verbose_name_plural = _("Shipping deadline")

    def __str__(self):
        return f"{self.business_days} business days"
