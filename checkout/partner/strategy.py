from oscar.apps.partner import strategy


class Canada(strategy.UseFirstStockRecord, strategy.StockRequired, strategy.DeferredTax,
             strategy.Structured):
    """One Body Best stock record per product, stock required, and prices before tax: Canadian
    sales tax depends on the destination province, so checkout/session.py adds it once the
    shipping address is known (checkout/tax.py)."""


class Selector(strategy.Selector):
    def strategy(self, request=None, user=None, **kwargs):
        return Canada(request)
