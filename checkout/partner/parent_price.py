"""The price a parent product (one with variants) is shown at: "from" its cheapest variant."""


def cheapest_variant(children_stock, can_buy):
    """The ``(child, stock record)`` of ``children_stock`` (Oscar's pairs, the record ``None``
    when the child has none) with the lowest price among those ``can_buy(child, record)``
    accepts; when none can be bought, the lowest priced of all, so a sold-out product still
    says what it costs. ``None`` when no variant has a price. Prices are CAD before tax; a tie
    goes to the first variant."""
    priced = [(child, record) for child, record in children_stock
              if record is not None and record.price is not None]
    buyable = [pair for pair in priced if can_buy(*pair)]
    candidates = buyable or priced
    if not candidates:
        return None
    return min(candidates, key=lambda pair: pair[1].price)
