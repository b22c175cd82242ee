"""What a shopper reads on a Canadian receipt, for a basket or a placed order: one summary that
every page and mail shows (templates/checkout/partials/totals.html renders it).

All amounts are Decimal CAD to the cent, before tax unless they are a tax:

    each line (quantity x unit price)        adds up to the subtotal
    subtotal - discounts + shipping - shipping discounts + surcharges + each tax = total

The total is the one charged (the order's, or the basket's order total at checkout); the parts
are chosen so that they add up to it exactly:

- Discounts: Oscar rounds an offer's discount down to the cent while its lines keep fractions of
  a cent (15% of $99.99 is $14.9985), and the merchandise after discounts is the lines' sum
  rounded once. The discounts shown are the difference between the subtotal and that
  merchandise figure, split over the offers and vouchers in proportion to their own amounts,
  so the rows always reach the merchandise the taxes were worked out on.
- Taxes: as charged (checkout/tax.py), each on its own line with its rate.
- A placed order that still does not add up (one placed before checkout/session.py worked the
  total out from the receipt's figures) shows the cent of difference on its own "Rounding" line
  rather than a tax or a total other than the one recorded.

Before the province is known (basket page, mini-basket, the first checkout steps) there are no
taxes, and the total is the total before tax.
"""
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext

from checkout.tax import allocate, round_cents
from checkout.tax_names import shown

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Line:
    description: str
    quantity: int
    unit_price: Decimal   # before tax, before discounts
    amount: Decimal       # quantity x unit price


@dataclass(frozen=True)
class Discount:
    name: str
    amount: Decimal       # taken off (positive), shown as a negative line
    code: str = ""        # the voucher code, for a voucher
    voucher_id: int | None = None  # a basket's voucher, which the shopper may remove


@dataclass(frozen=True)
class Tax:
    name: str
    percent: Decimal | None
    amount: Decimal


@dataclass(frozen=True)
class Summary:
    currency: str
    lines: tuple
    subtotal: Decimal            # merchandise before discounts
    discounts: tuple             # on the merchandise (offers and vouchers)
    shipping: Decimal | None     # before tax and before shipping discounts; None: not known yet
    shipping_name: str
    shipping_discounts: tuple
    surcharges: Decimal
    taxes: tuple | None          # None: the province is not known yet
    total: Decimal
    adjustment: Decimal = ZERO   # rounding of an order that does not add up otherwise

    @property
    def merchandise(self):
        """Merchandise after discounts, before tax."""
        return self.subtotal - sum((d.amount for d in self.discounts), ZERO)

    @property
    def shipping_after_discounts(self):
        return (self.shipping or ZERO) - sum((d.amount for d in self.shipping_discounts), ZERO)

    @property
    def taxes_known(self):
        return self.taxes is not None

    @property
    def tax_total(self):
        return sum((t.amount for t in self.taxes or ()), ZERO)

    @property
    def before_tax(self):
        """Merchandise after discounts plus shipping and surcharges, before tax."""
        return self.merchandise + self.shipping_after_discounts + self.surcharges

    @property
    def num_items(self):
        return sum(line.quantity for line in self.lines)


def _spread(difference, named):
    """``named`` is [(Discount, Oscar's amount)]; the discounts get amounts that add up to
    ``difference`` exactly, in proportion to Oscar's."""
    if not named:
        return (Discount("Discounts", difference),) if difference else ()
    amounts = allocate(difference, [max(amount, ZERO) for _, amount in named])
    return tuple(
        Discount(d.name, amount, d.code, d.voucher_id) for (d, _), amount in zip(named, amounts, strict=True)
    )


def _adjustment(total, subtotal, discounts, shipping, shipping_discounts, surcharges, taxes):
    parts = (subtotal - sum((d.amount for d in discounts), ZERO)
             + (shipping or ZERO) - sum((d.amount for d in shipping_discounts), ZERO)
             + surcharges + sum((t.amount for t in taxes or ()), ZERO))
    return total - parts


def _voucher_name(voucher):
    voucher_set = getattr(voucher, "voucher_set", None)
    return voucher_set.name if voucher_set else voucher.name


def for_basket(basket, shipping_method=None, shipping_charge=None, tax_breakdown=None,
               order_total=None, surcharges=None):
    """The summary of a basket. ``shipping_method``/``shipping_charge`` as Oscar's basket and
    checkout views give them (None: not chosen yet); ``tax_breakdown`` as
    checkout/session.apply_taxes returned it for the destination (None: province not known);
    ``order_total`` the Price Oscar worked out (its tax-inclusive figure is what is charged)."""
    lines = tuple(
        Line(line.description, line.quantity, line.unit_price_excl_tax or ZERO, line.line_price_excl_tax or ZERO)
        for line in basket.all_lines()
    )
    subtotal = round_cents(sum((line.amount for line in lines), ZERO))
    merchandise = basket.total_excl_tax if lines else ZERO
    named = [(Discount(d["name"], ZERO), d["discount"]) for d in basket.offer_discounts] if lines else []
    named += [
        (Discount(_voucher_name(d["voucher"]), ZERO, d["voucher"].code, d["voucher"].pk), d["discount"])
        for d in (basket.grouped_voucher_discounts if lines else [])
    ]
    discounts = _spread(subtotal - merchandise, named)

    shipping, shipping_name, shipping_discounts = None, "", ()
    if shipping_method is not None and shipping_charge is not None and getattr(shipping_method, "code", "") != "not-yet-known":
        shipping_name = str(shipping_method.name)
        shipping = shipping_charge.excl_tax
        if getattr(shipping_method, "is_discounted", False):
            before = shipping_method.calculate_excl_discount(basket).excl_tax
            if before > shipping:
                shipping_discounts = (Discount(str(shipping_method.discount_name), before - shipping),)
                shipping = before

    extra = sum((s.price.excl_tax for s in surcharges or ()), ZERO)
    taxes = None
    if tax_breakdown is not None and shipping is not None:
        taxes = tuple(Tax(shown(t.name), t.percent, t.amount) for t in tax_breakdown.lines)

    if taxes is not None and order_total is not None and order_total.is_tax_known:
        total = order_total.incl_tax
    else:
        total = merchandise + (shipping or ZERO) - sum((d.amount for d in shipping_discounts), ZERO) + extra
    adjustment = _adjustment(total, subtotal, discounts, shipping, shipping_discounts, extra, taxes)
    return Summary(basket.currency or "CAD", lines, subtotal, discounts, shipping, shipping_name,
                   shipping_discounts, extra, taxes, total, adjustment)


def for_order(order):
    """The summary of a placed order, from what was stored when it was placed. Reads
    ``order.lines``, ``order.discounts``, ``order.surcharges`` and ``order.tax_lines`` with
    ``.all()`` only, so a list page can prefetch them (see ``prefetch``)."""
    lines = tuple(
        Line(line.description, line.quantity, line.unit_price_excl_tax or ZERO,
             line.line_price_before_discounts_excl_tax or ZERO)
        for line in order.lines.all()
    )
    subtotal = round_cents(sum((line.amount for line in lines), ZERO))
    surcharges = sum((charge.excl_tax for charge in order.surcharges.all()), ZERO)
    merchandise = order.total_excl_tax - order.shipping_excl_tax - surcharges
    basket_named, shipping_discounts = [], []
    for d in order.discounts.all():
        entry = Discount(d.offer_name or gettext("Discount"), d.amount, d.voucher_code)
        if d.category == d.BASKET:
            basket_named.append((entry, d.amount))
        elif d.category == d.SHIPPING and d.amount > 0:
            shipping_discounts.append(entry)
    discounts = _spread(subtotal - merchandise, basket_named)
    shipping = order.shipping_excl_tax + sum((d.amount for d in shipping_discounts), ZERO)

    taxes = tuple(Tax(shown(t.name), t.percent, t.amount) for t in order.tax_lines.all())
    untaxed = order.total_incl_tax - order.total_excl_tax - sum((t.amount for t in taxes), ZERO)
    if not taxes and untaxed:
        taxes = (Tax(shown("Sales tax"), None, untaxed),)
    total = order.total_incl_tax
    adjustment = _adjustment(total, subtotal, discounts, shipping, shipping_discounts, surcharges, taxes)
    return Summary(order.currency, lines, subtotal, discounts, shipping, str(order.shipping_method),
                   tuple(shipping_discounts), surcharges, taxes, total, adjustment)


def prefetch(orders):
    """The orders of a list page as a list, with what their summaries read (lines and their
    options, discounts, taxes) loaded in a fixed number of queries whatever their number."""
    from django.db.models import prefetch_related_objects

    orders = list(orders)
    prefetch_related_objects(orders, "lines__attributes__option", "discounts", "tax_lines", "surcharges")
    return orders
