from django.urls import path
from oscar.apps.checkout import apps


class CheckoutConfig(apps.CheckoutConfig):
    """Fork of Oscar's checkout (label ``checkout``): Canadian shipping addresses and sales
    tax, and card payments through Stripe."""

    name = "checkout"

    def ready(self):
        super().ready()
        from checkout import checks  # noqa: F401  (registers the deploy check)

    def get_urls(self):
        from checkout.billing_views import BillingAddressView
        from checkout.payment_views import PayView

        return [
            *super().get_urls(),
            *self.post_process_urls([
                path("pay/", PayView.as_view(), name="pay"),
                path("billing-address/", BillingAddressView.as_view(), name="billing-address"),
            ]),
        ]
