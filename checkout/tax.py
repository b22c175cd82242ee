"""Canadian sales tax: plain functions over Decimals (CAD), provinces and rates.

The rates themselves are data (checkout.models.TaxRate, seeded by a migration, edited by staff
in the admin), chosen by the destination province and the date.

Rounding is per order, per tax: each tax (GST, HST, PST, QST, RST) is worked out on the order's
taxable amount, the merchandise after discounts plus shipping, before tax, and rounded half-up to
the cent once. Each tax is then split over the order's lines and its shipping in proportion to
their amounts (largest remainder, to the cent), so the parts add up exactly to the rounded tax.
"""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

CENT = Decimal("0.01")
HUNDRED = Decimal("100")

# Names in the page's language (French ones in bodybest/locale: "Québec", "Île-du-Prince-Édouard").
PROVINCES = (
    ("AB", _("Alberta")),
    ("BC", _("British Columbia")),
    ("MB", _("Manitoba")),
    ("NB", _("New Brunswick")),
    ("NL", _("Newfoundland and Labrador")),
    ("NS", _("Nova Scotia")),
    ("NT", _("Northwest Territories")),
    ("NU", _("Nunavut")),
    ("ON", _("Ontario")),
    ("PE", _("Prince Edward Island")),
    ("QC", _("Quebec")),
    ("SK", _("Saskatchewan")),
    ("YT", _("Yukon")),
)
PROVINCE_NAMES = dict(PROVINCES)


@dataclass(frozen=True)
class Rate:
    code: str       # GST, HST, PST, QST or RST
    name: str       # as printed on the receipt
    percent: Decimal


@dataclass(frozen=True)
class TaxLine:
    code: str
    name: str
    percent: Decimal
    amount: Decimal  # CAD, rounded to the cent


def round_cents(amount):
    """Half-up to the cent: 0.005 becomes 0.01."""
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


def rates_in_force(rows, province, on_date):
    """The rates for ``province`` on ``on_date``, one per tax, from rows with ``province``,
    ``code``, ``name``, ``percent``, ``position``, ``effective_from`` and ``effective_until``
    (inclusive; None: open-ended). An empty list means no rate is known: the checkout refuses
    to place the order rather than charge no tax."""
    in_force = {}
    for row in rows:
        if (row.province == province and row.effective_from <= on_date
                and (row.effective_until is None or on_date <= row.effective_until)):
            # One rate per tax: if two rows overlap, the one that started last wins.
            current = in_force.get(row.code)
            if current is None or row.effective_from > current.effective_from:
                in_force[row.code] = row
    chosen = sorted(in_force.values(), key=lambda row: (row.position, row.code))
    return [Rate(row.code, row.name, Decimal(row.percent)) for row in chosen]


def tax_lines(taxable, rates):
    """Each tax on the taxable amount (CAD, before tax), rounded half-up to the cent."""
    taxable = Decimal(taxable)
    return [
        TaxLine(rate.code, rate.name, rate.percent, round_cents(taxable * rate.percent / HUNDRED))
        for rate in rates
    ]


def allocate(total, weights):
    """Split ``total`` (to the cent) over parts in proportion to ``weights``; the parts are
    whole cents and add up exactly to ``total``. Leftover cents go to the largest remainders."""
    total = round_cents(total)
    weights = [Decimal(w) for w in weights]
    whole = sum(weights)
    if not weights:
        return []
    if whole == 0:
        return [total] + [Decimal("0.00")] * (len(weights) - 1)
    cents = int(total / CENT)
    exact = [Decimal(cents) * w / whole for w in weights]
    floors = [int(e) for e in exact]
    leftover = cents - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (exact[i] - floors[i], weights[i]), reverse=True)
    for i in order[:leftover]:
        floors[i] += 1
    return [Decimal(f) * CENT for f in floors]


@dataclass(frozen=True)
class Breakdown:
    lines: list          # TaxLine per tax, order level
    line_taxes: list     # tax on each merchandise line (CAD), all taxes together
    shipping_tax: Decimal

    @property
    def total(self):
        return sum((line.amount for line in self.lines), Decimal("0.00"))


def breakdown(line_amounts, shipping, rates):
    """Taxes for an order: ``line_amounts`` are each line's merchandise after discounts, before
    tax; ``shipping`` the shipping charge before tax (CAD). Returns the order-level lines and
    each line's and the shipping's share, which add up to the order-level total."""
    line_amounts = [Decimal(a) for a in line_amounts]
    shipping = Decimal(shipping)
    lines = tax_lines(sum(line_amounts, Decimal("0")) + shipping, rates)
    parts = [Decimal("0.00")] * (len(line_amounts) + 1)
    for line in lines:
        for i, share in enumerate(allocate(line.amount, [*line_amounts, shipping])):
            parts[i] += share
    return Breakdown(lines, parts[:-1], parts[-1])
