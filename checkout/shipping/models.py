from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.abstract_models import AbstractWeightBased


class WeightBased(AbstractWeightBased):
    """Oscar's weight-band method, weighed by our ``shipping_weight`` attribute (kg), with the
    free-shipping threshold as data that staff edit (checkout/free_shipping.py decides)."""

    weight_attribute = "shipping_weight"

    free_shipping_threshold = models.DecimalField(
        _("Free over (CAD, before tax)"), max_digits=12, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(Decimal("0.00"))],
        help_text=_("Free when the basket's merchandise, after discounts and before tax, "
                    "reaches this amount. Empty: never free."),
    )
    delivery_days = models.CharField(
        _("Delivery time"), max_length=64, blank=True,
        help_text=_("What the shopper reads, e.g. 3-8 business days."),
    )

    class Meta(AbstractWeightBased.Meta):
        app_label = "shipping"

    def calculate(self, basket):
        """Oscar weighs each line with its own query and compares nothing; here the basket is
        weighed in one query, and the charge is zero when checkout.free_shipping says so.
        The charge is before tax; checkout/session.py adds the tax once the province is known."""
        from oscar.core import prices

        from checkout import free_shipping
        from checkout.shipping.weighing import basket_weight

        # Only Standard ships free; Express is always charged, whatever is typed in its row.
        threshold = self.free_shipping_threshold if self.code == "standard" else None
        progress = free_shipping.free_shipping_progress(
            free_shipping.merchandise_subtotal(basket), threshold
        )
        if progress.qualifies:
            charge = Decimal("0.00")
        else:
            charge = self.get_charge(basket_weight(basket, self.weight_attribute, self.default_weight))
        return prices.Price(currency=basket.currency, excl_tax=charge, incl_tax=charge)


from oscar.apps.shipping.models import *  # noqa: E402,F401,F403
