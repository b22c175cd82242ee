from oscar.apps.shipping import apps


class ShippingConfig(apps.ShippingConfig):
    """Fork of Oscar's shipping (label ``shipping``), nested in checkout/ because it only serves
    the checkout: Standard and Express by weight, Standard free over a threshold staff set."""

    name = "checkout.shipping"

    def ready(self):
        super().ready()
        from django.db.models.signals import post_delete, post_save
        from oscar.core.loading import get_model

        from checkout.free_shipping import forget_threshold

        for signal in (post_save, post_delete):
            signal.connect(forget_threshold, sender=get_model("shipping", "WeightBased"),
                           dispatch_uid=f"free-shipping-threshold-{signal}")
