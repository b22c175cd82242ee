from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping import methods, repository
from oscar.core.loading import get_model

WeightBased = get_model("shipping", "WeightBased")


class NotYetKnown(methods.Free):
    """What the basket page estimates when staff have switched every method off: no charge
    shown yet, instead of Oscar's ImproperlyConfigured (a 500). Checkout then says shipping is
    unavailable, because this is never offered as a choice."""

    code = "not-yet-known"
    name = _("Shipping calculated at checkout")


class Repository(repository.Repository):
    """Standard and Express, to Canadian addresses, at the rates staff keep in the dashboard
    (Fulfilment → Shipping charges) and the admin (the free threshold)."""

    CODES = ("standard", "express")

    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        if shipping_addr is not None and shipping_addr.country_id != "CA":
            return []
        found = {m.code: m for m in WeightBased.objects.filter(code__in=self.CODES)}
        return [found[code] for code in self.CODES if code in found]

    def get_default_shipping_method(self, basket, shipping_addr=None, **kwargs):
        shipping_methods = self.get_shipping_methods(basket, shipping_addr=shipping_addr, **kwargs)
        return shipping_methods[0] if shipping_methods else NotYetKnown()
