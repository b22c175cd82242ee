from oscar.apps.shipping import apps


class ShippingConfig(apps.ShippingConfig):
    """Fork of Oscar's shipping (label ``shipping``), nested in checkout/ because it only serves
    the checkout: Standard and Express by weight, Standard free over a threshold staff set."""

    name = "checkout.shipping"
