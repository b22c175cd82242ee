from decimal import Decimal

from django.utils import timezone
from oscar.apps.checkout import session

from checkout import tax


class CheckoutSessionMixin(session.CheckoutSessionMixin):
    def build_submission(self, **kwargs):
        """Oscar leaves tax to this hook: once the shipping address and method are known, the
        destination province's taxes (checkout/tax.py) are set on each basket line and on the
        shipping charge, and the order total is worked out again with them."""
        submission = super().build_submission(**kwargs)
        self.tax_breakdown = None
        address, charge = submission["shipping_address"], submission["shipping_charge"]
        if address is None or charge is None or not getattr(address, "state", None):
            return submission
        basket = submission["basket"]
        self.tax_breakdown = apply_taxes(basket, charge, address.state)
        submission["order_total"] = self.get_order_totals(
            basket, shipping_charge=charge, surcharges=submission["surcharges"]
        )
        return submission

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["tax_breakdown"] = getattr(self, "tax_breakdown", None)
        return ctx


def apply_taxes(basket, shipping_charge, province, on_date=None):
    """Set each line's and the shipping's share of the province's taxes; return the breakdown.

    Oscar prices a discounted line incl. tax as its discounted price times the unit's
    incl/excl ratio, so the unit tax is chosen to make that come out at exactly the line's share.
    """
    from checkout.models import TaxRate

    on_date = on_date or timezone.localdate()
    rates = tax.rates_in_force(TaxRate.objects.filter(province=province), province, on_date)
    lines = list(basket.all_lines())
    amounts = [line.line_price_excl_tax_incl_discounts or Decimal("0") for line in lines]
    result = tax.breakdown(amounts, shipping_charge.excl_tax, rates)
    for line, amount, share in zip(lines, amounts, result.line_taxes):
        price = line.purchase_info.price
        if amount:
            price.tax = share * line.unit_price_excl_tax / (amount / line.quantity) / line.quantity
        else:
            price.tax = Decimal("0.00")
    shipping_charge.tax = result.shipping_tax
    return result
