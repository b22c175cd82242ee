"""Price Match Assurance rules, as tables of cases."""
from decimal import Decimal as D

import pytest

from catalog.price_match import rules

EXCLUDED = ["amazon.ca", "ebay.ca", "kijiji.ca", "facebook.com"]


@pytest.mark.parametrize("typed, amount", [
    ("149.99", D("149.99")), (" $1,249.50 ", D("1249.50")), ("0", D("0.00")), ("12", D("12.00")),
])
def test_prices_are_read_as_dollars_and_cents(typed, amount):
    assert rules.money(typed, "their price") == amount


@pytest.mark.parametrize("typed, message", [
    ("", "Enter their price."), ("abc", "as a number"), ("NaN", "as a number"),
    ("Infinity", "as a number"), ("-5", "cannot be negative"), ("10.001", "at most two decimals"),
    ("100000.01", "looks too high"), ("9" * 40, "looks too high"),
])
def test_bad_prices_are_refused_with_the_reason(typed, message):
    with pytest.raises(ValueError, match=message):
        rules.money(typed, "their price")


@pytest.mark.parametrize("url, host", [
    ("https://www.massagesupply.ca/product/123", "www.massagesupply.ca"),
    ("http://Shop.Example.CA/x", "shop.example.ca"),
])
def test_links_must_be_http_or_https(url, host):
    assert rules.domain_of(url) == host


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "ftp://example.ca/x", "example.ca/x", "https://localhost/x", "", "https://",
    "data:text/html,hi", "https://[::1/",
])
def test_other_links_are_refused(url):
    with pytest.raises(ValueError, match="full address"):
        rules.domain_of(url)


@pytest.mark.parametrize("host, hit", [
    ("amazon.ca", "amazon.ca"), ("www.amazon.ca", "amazon.ca"), ("m.facebook.com", "facebook.com"),
    ("notamazon.ca", None), ("amazon.ca.evil.example", None), ("thebay.com", None),
])
def test_marketplaces_and_their_subdomains_are_excluded(host, hit):
    assert rules.excluded_domain(host, EXCLUDED) == hit


def _refusals(**changes):
    case = dict(our_landed=D("209.95"), their_landed=D("189.99"), floor_percent=60,
                host="www.massagesupply.ca", excluded=EXCLUDED, eligible=True, already_matched=False)
    case.update(changes)
    return rules.refusals(**case)


@pytest.mark.parametrize("changes, expected", [
    ({}, []),
    ({"their_landed": D("209.95")}, ["is not lower than ours"]),
    ({"their_landed": D("215.00")}, ["is not lower than ours"]),
    ({"their_landed": D("125.97")}, []),                      # exactly 60% of 209.95 (125.97)
    ({"their_landed": D("125.96")}, ["far below ours"]),
    ({"host": "www.ebay.ca"}, ["marketplaces or auction sites such as ebay.ca"]),
    ({"eligible": False}, ["not eligible"]),
    ({"already_matched": True}, ["already have a price match"]),
    ({"eligible": False, "host": "kijiji.ca", "their_landed": D("1.00")},
     ["not eligible", "kijiji.ca", "far below ours"]),
])
def test_a_request_is_refused_for_each_rule_it_breaks(changes, expected):
    reasons = _refusals(**changes)
    assert len(reasons) == len(expected)
    for reason, words in zip(reasons, expected):
        assert words in reason


@pytest.mark.parametrize("ours, theirs, gap", [
    (D("209.95"), D("189.99"), D("19.96")), (D("100.00"), D("100.00"), D("0.00")),
    (D("100.00"), D("120.00"), D("0.00")),
])
def test_the_difference_is_what_the_shopper_gets(ours, theirs, gap):
    assert rules.difference(ours, theirs) == gap


def test_landed_price_is_price_plus_shipping_to_the_cent():
    assert rules.landed(D("189.99"), D("12.50")) == D("202.49")
