from oscar.apps.offer import apps


class OfferConfig(apps.OfferConfig):
    """Fork of Oscar's offer app (label ``offer``), nested in checkout/ beside the basket's
    pricing: a range's products remembered in the shared cache (checkout/offer/membership.py),
    so a site offer costs a basket the same queries however many lines it has."""

    name = "checkout.offer"

    def ready(self):
        super().ready()
        from . import membership

        membership.connect()
