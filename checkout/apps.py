from oscar.apps.checkout import apps


class CheckoutConfig(apps.CheckoutConfig):
    """Fork of Oscar's checkout (label ``checkout``); Canadian rules arrive with their issues."""

    name = "checkout"
