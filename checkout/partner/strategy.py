from oscar.apps.partner import strategy

from checkout.partner.availability import Unpriced


class Canada(strategy.UseFirstStockRecord, strategy.StockRequired, strategy.DeferredTax,
             strategy.Structured):
    """One Body Best stock record per product, stock required, and prices before tax: Canadian
    sales tax depends on the destination province, so checkout/session.py adds it once the
    shipping address is known (checkout/tax.py)."""

    def availability_policy(self, product, stockrecord):
        """Oscar prices a stock record without a price as unavailable but still lets it be
        bought while stock lasts, and a basket holding it then fails to add up (a 500 on every
        page with the mini-basket). A product with no price cannot be bought."""
        if stockrecord is not None and stockrecord.price is None:
            return Unpriced()
        return super().availability_policy(product, stockrecord)


class Selector(strategy.Selector):
    def strategy(self, request=None, user=None, **kwargs):
        return Canada(request)
