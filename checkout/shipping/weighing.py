"""A basket's weight in kg, from each product's ``shipping_weight`` specification, in one query."""
from decimal import Decimal

from oscar.core.loading import get_model


def basket_weight(basket, attribute_code, default_weight):
    """Sum of quantity x weight over the basket's lines; a variant without its own weight
    takes its parent's; a product without any takes ``default_weight``."""
    lines = list(basket.all_lines())
    ids = set()
    for line in lines:
        ids.update(i for i in (line.product_id, line.product.parent_id) if i)
    Value = get_model("catalogue", "ProductAttributeValue")
    weights = dict(
        Value.objects.filter(product_id__in=ids, attribute__code=attribute_code)
        .values_list("product_id", "value_float")
    )
    default = Decimal(default_weight or 0)
    total = Decimal("0")
    for line in lines:
        weight = weights.get(line.product_id, weights.get(line.product.parent_id))
        total += line.quantity * (Decimal(str(weight)) if weight is not None else default)
    return total
