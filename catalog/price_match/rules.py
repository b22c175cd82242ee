"""The Price Match Assurance rules, as plain functions over plain values.

A request names a competitor's product page and their price and shipping in CAD. We compare
landed prices (price plus shipping) on both sides: ours is our price plus what Standard
shipping costs for that one item. The request passes when their landed price is under ours and
at least the floor staff set (a share of our landed price), the link is http(s) and not on a
marketplace or auction site, the product is eligible, and the shopper has no match for the same
product inside the window.
"""
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from urllib.parse import urlsplit

from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

CENT = Decimal("0.01")
ALREADY_MATCHED = gettext_lazy("You already have a price match for this product. One match per "
                               "product per shopper in each period.")
MAX_PRICE = Decimal("100000.00")


def money(value, field):
    """A price typed by a shopper as Decimal dollars and cents, or ValueError with the reason.

    `field` names the amount in the shopper's language, in lower case ("their price")."""
    words = {"field": field}
    capital = {"field": f"{str(field)[:1].upper()}{str(field)[1:]}"}
    text = str(value).strip().replace("$", "").replace(",", "") if value is not None else ""
    if not text:
        raise ValueError(_("Enter %(field)s.") % words)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(_("Enter %(field)s as a number, like 149.99.") % words)
    if not amount.is_finite():
        raise ValueError(_("Enter %(field)s as a number, like 149.99.") % words)
    if amount < 0:
        raise ValueError(_("%(field)s cannot be negative.") % capital)
    if amount > MAX_PRICE:
        raise ValueError(_("%(field)s looks too high; enter it in Canadian dollars.") % capital)
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(_("Enter %(field)s in dollars and cents, with at most two decimals.") % words)
    return amount.quantize(CENT)


def landed(price, shipping):
    return (price + shipping).quantize(CENT, rounding=ROUND_HALF_UP)


def domain_of(url):
    """The lower-case host of an http(s) URL, or ValueError."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        raise ValueError(_("Enter the full address of the competitor's product page, starting with https://."))
    if parts.scheme not in ("http", "https") or not parts.hostname or "." not in parts.hostname:
        raise ValueError(_("Enter the full address of the competitor's product page, starting with https://."))
    return parts.hostname.lower().rstrip(".")


def excluded_domain(host, excluded):
    """The excluded domain `host` belongs to (itself or a subdomain of it), or None."""
    for domain in excluded:
        domain = domain.strip().lower().lstrip(".")
        if domain and (host == domain or host.endswith("." + domain)):
            return domain
    return None


def _dollars(amount):
    """An amount for a reason's sentence: "$1249.99" in English as ever, "1 249,99 $" in French."""
    french = (get_language() or "").startswith("fr")
    return _("$%(amount)s") % {"amount": number_format(amount, 2, force_grouping=french)}


def refusals(*, our_landed, their_landed, floor_percent, host, excluded, eligible, already_matched):
    """Every reason the request cannot be matched, in the order a shopper would fix them."""
    reasons = []
    if not eligible:
        reasons.append(_("This product is not eligible for Price Match Assurance: clearance, bundles "
                         "and open-box items are excluded."))
    hit = excluded_domain(host, excluded)
    if hit:
        reasons.append(_("We match authorised Canadian retailers, not marketplaces or auction sites "
                         "such as %(site)s.") % {"site": hit})
    if their_landed >= our_landed:
        reasons.append(_("Their price with shipping (%(theirs)s) is not lower than ours "
                         "(%(ours)s), so there is nothing to match.")
                       % {"theirs": _dollars(their_landed), "ours": _dollars(our_landed)})
    else:
        floor = (our_landed * Decimal(floor_percent) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        if their_landed < floor:
            reasons.append(_("Their price with shipping (%(theirs)s) is far below ours; we match "
                             "prices down to %(floor)s. A price that low is usually an error, a used "
                             "item or a different model.")
                           % {"theirs": _dollars(their_landed), "floor": _dollars(floor)})
    if already_matched:
        reasons.append(str(ALREADY_MATCHED))
    return reasons


def difference(our_landed, their_landed):
    """What the shopper gets back or off: the gap between the two landed prices."""
    return max(Decimal("0.00"), (our_landed - their_landed).quantize(CENT, rounding=ROUND_HALF_UP))
