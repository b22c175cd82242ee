import logging
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.apps.checkout import exceptions, session

from checkout import tax

logger = logging.getLogger("bodybest.checkout")


class CheckoutSessionMixin(session.CheckoutSessionMixin):
    def check_tax_rates_are_known(self, request):
        """An order is never placed without its sales tax: if no rate is in force for the
        destination (staff ended one without adding the next), the shopper is told and staff
        are alerted through the error log."""
        address = self.tax_address(request.basket)
        province = getattr(address, "state", None)
        if province and not rates_for(province):
            logger.error("No sales tax rate in force for %s: checkout refused", province)
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:shipping-address" if request.basket.is_shipping_required()
                            else "checkout:billing-address"),
                message=(f"We cannot work out the sales tax for {tax.PROVINCE_NAMES.get(province, province)} "
                         "right now. Please call us, and we will take your order by phone."),
            )

    def check_billing_address_when_nothing_ships(self, request):
        """A basket of online courses only skips the shipping steps: its tax follows the
        billing address (checkout/billing_views.py), so none is paid without one."""
        if not request.basket.is_shipping_required() and self.tax_address(request.basket) is None:
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:billing-address"),
                message=_("Give your billing address: its province decides the sales tax."))

    def tax_address(self, basket):
        """The address whose province decides the sales tax: where the goods ship, or, when
        nothing ships, the billing address."""
        if basket.is_shipping_required():
            return self.get_shipping_address(basket)
        return self.get_billing_address(None)

    def build_submission(self, **kwargs):
        """Oscar leaves tax to this hook: once the shipping address and method are known, the
        destination province's taxes (checkout/tax.py) are set on each basket line and on the
        shipping charge, and the order total is worked out again with them."""
        submission = super().build_submission(**kwargs)
        self.tax_breakdown = None
        address, charge = submission["shipping_address"], submission["shipping_charge"]
        if address is None and not submission["basket"].is_shipping_required():
            address = submission.get("billing_address")
        if address is None or charge is None or not getattr(address, "state", None):
            return submission
        basket = submission["basket"]
        self.tax_breakdown = apply_taxes(basket, charge, address.state)
        submission["order_total"] = self.get_order_totals(
            basket, shipping_charge=charge, surcharges=submission["surcharges"]
        )
        return submission

    def form_invalid(self, form):
        """A checkout step whose form is refused (the guest's email, the shipping address, a
        tampered shipping method) shows it again with its errors as a 400, as the rest of the
        store answers bad input; Oscar answers 200. A wrong password on the returning
        customer's form stays a 200, as on every sign-in form of the store."""
        response = super().form_invalid(form)
        if not form.has_error(NON_FIELD_ERRORS, "invalid_login"):
            response.status_code = 400
        return response

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["tax_breakdown"] = getattr(self, "tax_breakdown", None)
        return ctx


def apply_taxes(basket, shipping_charge, province, on_date=None):
    """Set each line's and the shipping's share of the province's taxes; return the breakdown.

    Oscar prices a discounted line incl. tax as its discounted price times the unit's
    incl/excl ratio, so the unit tax is chosen to make that come out at exactly the line's share.

    A percentage offer leaves fractions of a cent on the lines (15% of $99.99 is $14.9985), and
    Oscar rounds each line incl. tax on its own, which lost a cent against the receipt
    (merchandise + shipping + each tax). So the taxes are worked out on the merchandise as the
    receipt shows it (the lines' sum rounded once, split back over the lines in whole cents),
    and each line incl. tax is made to come out at its whole-cent part plus its tax share.
    """
    rates = rates_for(province, on_date)
    lines = list(basket.all_lines())
    exact = [line.line_price_excl_tax_incl_discounts or Decimal("0") for line in lines]
    cents = tax.allocate(sum(exact, Decimal("0")), exact)
    result = tax.breakdown(cents, shipping_charge.excl_tax, rates)
    for line, amount, part, share in zip(lines, exact, cents, result.line_taxes, strict=True):
        price = line.purchase_info.price
        if amount and part + share:
            price.tax = (part + share - amount) * line.unit_price_excl_tax / amount
        else:
            price.tax = Decimal("0.00")
    shipping_charge.tax = result.shipping_tax
    return result


def rates_for(province, on_date=None):
    from checkout.models import TaxRate

    on_date = on_date or timezone.localdate()
    return tax.rates_in_force(TaxRate.objects.filter(province=province), province, on_date)
