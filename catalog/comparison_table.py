"""The comparison page's specification rows, from products loaded with
``prefetch_attribute_values()`` (no queries here); the ordering rule is
catalog.comparison.specification_rows."""
from catalog import comparison
from catalog.templatetags.specifications import spec_value


def attribute_order(products):
    """(code, name) of every attribute the products have, ordered by product class (the first
    product's class first) and, within a class, in the order staff defined them."""
    class_position = {}
    for product in products:
        class_position.setdefault(product.product_class_id, len(class_position))
    attributes = {}
    for product in products:
        for value in product.get_attribute_values():
            attributes.setdefault(value.attribute.code, value.attribute)
    ordered = sorted(
        attributes.values(),
        key=lambda a: (class_position.get(a.product_class_id, len(class_position)), a.pk),
    )
    return [(a.code, a.name) for a in ordered]


def comparison_table(products):
    """Specification rows for the products side by side. Every row is returned; the page hides
    those without differences when the shopper asks (see templates/catalog/compare/page.html)."""
    columns = [
        {value.attribute.code: spec_value(value) for value in product.get_attribute_values()}
        for product in products
    ]
    return comparison.specification_rows(columns, attribute_order(products))
