"""Sales tax by destination province (checkout/tax.py) against hand-worked figures, with the
rates the migration seeds."""
import datetime
from decimal import Decimal

import pytest

from checkout import tax
from checkout.models import TaxRate

D = Decimal
TODAY = datetime.date(2026, 11, 26)

# Merchandise $200.00 after discounts plus $14.95 shipping: $214.95 taxable, worked by hand.
#   5% of 214.95 = 10.7475 -> 10.75      13% = 27.9435 -> 27.94     14% = 30.093 -> 30.09
#  15% = 32.2425 -> 32.24                 7% = 15.0465 -> 15.05      6% = 12.897 -> 12.90
#   9.975% = 21.4412625 -> 21.44
HAND_WORKED = {
    "AB": ([("GST", "10.75")], "225.70"),
    "NT": ([("GST", "10.75")], "225.70"),
    "NU": ([("GST", "10.75")], "225.70"),
    "YT": ([("GST", "10.75")], "225.70"),
    "ON": ([("HST", "27.94")], "242.89"),
    "NS": ([("HST", "30.09")], "245.04"),
    "NB": ([("HST", "32.24")], "247.19"),
    "NL": ([("HST", "32.24")], "247.19"),
    "PE": ([("HST", "32.24")], "247.19"),
    "BC": ([("GST", "10.75"), ("PST", "15.05")], "240.75"),
    "MB": ([("GST", "10.75"), ("RST", "15.05")], "240.75"),
    "SK": ([("GST", "10.75"), ("PST", "12.90")], "238.60"),
    "QC": ([("GST", "10.75"), ("QST", "21.44")], "247.14"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("province", sorted(HAND_WORKED))
def test_every_province_taxes_goods_and_shipping_as_worked_by_hand(province):
    expected_lines, expected_total = HAND_WORKED[province]
    rates = tax.rates_in_force(TaxRate.objects.all(), province, TODAY)
    result = tax.breakdown([D("120.00"), D("80.00")], D("14.95"), rates)
    assert [(line.name, str(line.amount)) for line in result.lines] == expected_lines
    assert D("214.95") + result.total == D(expected_total)
    assert sum(result.line_taxes) + result.shipping_tax == result.total


@pytest.mark.django_db
def test_the_thirteen_provinces_and_territories_all_have_a_rate_in_force():
    rows = list(TaxRate.objects.all())
    missing = [code for code, _ in tax.PROVINCES if not tax.rates_in_force(rows, code, TODAY)]
    assert len(tax.PROVINCES) == 13 and missing == []


@pytest.mark.django_db
def test_a_rate_applies_from_its_date_nova_scotia_hst_went_from_15_to_14():
    before = tax.rates_in_force(TaxRate.objects.all(), "NS", datetime.date(2025, 3, 31))
    after = tax.rates_in_force(TaxRate.objects.all(), "NS", datetime.date(2025, 4, 1))
    assert [r.percent for r in before] == [D("15")]
    assert [r.percent for r in after] == [D("14")]


def test_tax_is_rounded_half_up_to_the_cent():
    rates = [tax.Rate("GST", "GST", D("5"))]
    assert tax.tax_lines(D("2.50"), rates)[0].amount == D("0.13")  # 0.125: half-even would give 0.12
    assert tax.tax_lines(D("0.10"), rates)[0].amount == D("0.01")  # 0.005


def test_tax_is_rounded_once_per_order_not_per_line():
    # Three lines of $0.10 at 5%: per line 0.005 -> 0.01 each (0.03); per order 0.015 -> 0.02.
    result = tax.breakdown([D("0.10")] * 3, D("0"), [tax.Rate("GST", "GST", D("5"))])
    assert result.total == D("0.02")
    assert sorted(result.line_taxes) == [D("0.00"), D("0.01"), D("0.01")]


def test_an_allocation_adds_up_exactly_and_follows_the_amounts():
    parts = tax.allocate(D("10.00"), [D("1"), D("1"), D("1")])
    assert sum(parts) == D("10.00") and sorted(parts) == [D("3.33"), D("3.33"), D("3.34")]
    assert tax.allocate(D("0.05"), [D("0"), D("0")]) == [D("0.05"), D("0.00")]


def test_free_shipping_carries_no_tax():
    result = tax.breakdown([D("300.00")], D("0.00"), [tax.Rate("HST", "HST", D("13"))])
    assert result.shipping_tax == D("0.00") and result.line_taxes == [D("39.00")]


def test_when_two_rows_of_a_tax_overlap_only_the_newest_applies():
    from types import SimpleNamespace as Row

    rows = [
        Row(province="QC", code="GST", name="GST", percent="5", position=0,
            effective_from=datetime.date(2020, 1, 1), effective_until=None),
        Row(province="QC", code="GST", name="GST", percent="6", position=0,
            effective_from=datetime.date(2026, 1, 1), effective_until=None),
        Row(province="QC", code="QST", name="QST", percent="9.975", position=1,
            effective_from=datetime.date(2020, 1, 1), effective_until=None),
    ]
    assert [(r.code, r.percent) for r in tax.rates_in_force(rows, "QC", TODAY)] == [
        ("GST", D("6")), ("QST", D("9.975"))]


@pytest.mark.django_db
def test_staff_cannot_enter_a_rate_that_overlaps_one_in_force():
    from django.core.exceptions import ValidationError

    overlapping = TaxRate(province="ON", code="HST", name="HST", percent=D("14"),
                          effective_from=datetime.date(2026, 7, 1))
    with pytest.raises(ValidationError, match="in force over part of this period"):
        overlapping.full_clean()
    TaxRate.objects.filter(province="ON").update(effective_until=datetime.date(2026, 6, 30))
    overlapping.full_clean()  # once the old one ends the day before, it is accepted
