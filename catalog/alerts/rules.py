"""When stock has come back: plain functions over quantities (units, not money)."""


def available_quantity(num_in_stock, num_allocated):
    """Units a shopper can still buy from one stock record: in stock less allocated to orders
    not yet shipped (Oscar's net stock level; none in stock counts as 0)."""
    if num_in_stock is None:
        return 0
    return num_in_stock - (num_allocated or 0)


def came_back(before, after):
    """True when a stock record went from nothing to sell (0 or less) to something (more than 0).

    `before` or `after` is None when that quantity is unknown: then we cannot tell, and say no.
    A stock record created new is passed `before=0`."""
    return before is not None and after is not None and before <= 0 < after
