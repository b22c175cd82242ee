from catalog.alerts.rules import available_quantity, came_back


def test_available_quantity_is_stock_less_what_orders_hold():
    assert available_quantity(5, 2) == 3
    assert available_quantity(5, None) == 5
    assert available_quantity(None, None) == 0
    assert available_quantity(2, 2) == 0


def test_stock_comes_back_only_from_nothing_to_something():
    assert came_back(0, 5)
    assert came_back(-1, 1)  # an oversold record put right
    assert not came_back(5, 6)
    assert not came_back(0, 0)
    assert not came_back(5, 0)


def test_an_unknown_quantity_is_never_a_restock():
    assert not came_back(None, 5)
    assert not came_back(0, None)
