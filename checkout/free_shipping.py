"""Free standard shipping: the one rule that decides it, for the shipping method and for every
"You're $X.XX away" message alike."""
from dataclasses import dataclass
from decimal import Decimal

from django.core.cache import cache
from django.db import transaction

ZERO = Decimal("0.00")
_CACHE_KEY = "bodybest:free-shipping-threshold"


@dataclass(frozen=True)
class Progress:
    threshold: Decimal | None   # CAD before tax; None: standard shipping is never free
    subtotal: Decimal           # merchandise after discounts, before tax (CAD)

    @property
    def qualifies(self):
        return self.threshold is not None and self.subtotal >= self.threshold

    @property
    def remaining(self):
        """What is left to spend (CAD), never negative."""
        if self.threshold is None:
            return None
        return max(self.threshold - self.subtotal, ZERO)

    @property
    def percent(self):
        """How far along, 0 to 100, for a progress bar."""
        if self.threshold is None or self.threshold <= 0:
            return 100 if self.threshold is not None else 0
        return int(min(self.subtotal / self.threshold, Decimal(1)) * 100)


def free_shipping_progress(subtotal, threshold):
    """Whether merchandise worth ``subtotal`` (CAD, after discounts, before tax) ships free
    under ``threshold`` (CAD; None: never), and how far it has to go. At exactly the threshold
    it ships free."""
    return Progress(threshold=threshold, subtotal=Decimal(subtotal))


def merchandise_subtotal(basket):
    """The basket's goods after offers and vouchers, before tax (CAD): lines of a product that
    ships. An online course (a product class that needs no shipping) does not count towards
    free shipping."""
    if basket.id is None:
        return ZERO
    total = basket.total_excl_tax
    for line in basket.all_lines():
        if line.product is not None and not line.product.is_shipping_required:
            total -= line.line_price_excl_tax_incl_discounts or ZERO
    return total


def current_threshold():
    """The threshold staff set on the Standard method (shipping.WeightBased "standard")."""
    threshold = cache.get(_CACHE_KEY, "missing")
    if threshold == "missing":
        from oscar.core.loading import get_model

        method = get_model("shipping", "WeightBased").objects.filter(code="standard").first()
        threshold = method.free_shipping_threshold if method else None
        cache.set(_CACHE_KEY, threshold, 3600)
    return threshold


def forget_threshold(**kwargs):
    """Signal receiver: staff changed a shipping method. Cleared once the change is committed,
    so that a request in between cannot put the old value back."""
    transaction.on_commit(lambda: cache.delete(_CACHE_KEY))


def basket_progress(basket):
    return free_shipping_progress(merchandise_subtotal(basket), current_threshold())
