from decimal import Decimal

import pytest

from catalog.search import engine
from tests import factories


@pytest.fixture
def shop(db):
    """Seven products, hand-counted in the tests: brands Northpoint 2, Kinetix 2, Verdant 3;
    in stock 5; categories Equipment 3 (of which Massage guns 2), Oils 3 (of which Essential
    oils 1), Tables 1."""
    equipment = factories.category("Equipment")
    guns = factories.category("Massage guns", parent=equipment)
    oils = factories.category("Oils")
    essential = factories.category("Essential oils", parent=oils)
    tables = factories.category("Tables")

    def make(title, brand, price, stock, category, **attributes):
        return factories.product(
            title=title, price=Decimal(price), stock=stock, in_category=category,
            attributes={"brand": brand, **attributes}, description="Made for massage therapists.",
        )

    products = {
        "gun": make("Pulse percussion massage gun", "Northpoint", "199.00", 10, guns, stall_force=40),
        "mini": make("Quiet massager mini", "Kinetix", "89.00", 0, guns, stall_force=20),
        "ball": make("Trigger point ball", "Northpoint", "12.50", 5, equipment),
        "eucalyptus": make("Eucalyptus essential oil", "Verdant", "18.00", 3, essential),
        "creme": make("Crème de massage à l'arnica", "Verdant", "32.00", 2, oils),
        "huile": make("Huile de massage lavande", "Verdant", "27.00", 0, oils),
        "bolster": make("Pine foam bolster", "Kinetix", "45.00", 4, tables),
    }
    engine.rebuild()
    categories = {"equipment": equipment, "guns": guns, "oils": oils, "essential": essential, "tables": tables}
    return products, categories
