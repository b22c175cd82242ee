"""A parcel that left with some of an order's lines (checkout/shipments.py makes them)."""
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from checkout import carriers


class Shipment(models.Model):
    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="shipments")
    carrier = models.CharField(_("Carrier"), max_length=20, choices=carriers.CHOICES)
    tracking_number = models.CharField(_("Tracking number"), max_length=40)
    shipped_at = models.DateTimeField(_("Shipped"), auto_now_add=True)
    shipped_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["shipped_at", "pk"]

    def __str__(self):
        return f"{self.get_carrier_display()} {self.tracking_number}"

    @property
    def carrier_name(self):
        carrier = carriers.CARRIERS.get(self.carrier)
        return carrier.name if carrier else self.carrier

    @property
    def tracking_url(self):
        return carriers.tracking_url(self.carrier, self.tracking_number)


class ShipmentLine(models.Model):
    shipment = models.ForeignKey(Shipment, on_delete=models.CASCADE, related_name="lines")
    line = models.ForeignKey("order.Line", on_delete=models.CASCADE, related_name="shipment_lines")
    quantity = models.PositiveIntegerField(validators=[MinValueValidator(1)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["shipment", "line"], name="one_shipment_line_per_line")]

    def __str__(self):
        return f"{self.quantity} × {self.line.title}"
