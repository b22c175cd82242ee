from django.contrib import admin

from bodybest.admin import ReadOnlyAdmin
from checkout.models import CardPayment, OrderTax, StripeEvent, TaxRate


@admin.register(TaxRate)
class TaxRateAdmin(admin.ModelAdmin):
    list_display = ("province", "name", "percent", "effective_from", "effective_until")
    list_filter = ("province", "code")
    ordering = ("province", "position", "-effective_from")


@admin.register(OrderTax)
class OrderTaxAdmin(admin.ModelAdmin):
    list_display = ("order", "name", "percent", "amount")
    readonly_fields = ("order", "code", "name", "percent", "amount", "position")


@admin.register(CardPayment)
class CardPaymentAdmin(ReadOnlyAdmin):
    list_display = ("order_number", "status", "amount", "amount_captured", "amount_refunded",
                    "payment_intent_id", "created", "failure_message")
    list_filter = ("status",)
    search_fields = ("order_number", "payment_intent_id")
    date_hierarchy = "created"


@admin.register(StripeEvent)
class StripeEventAdmin(ReadOnlyAdmin):
    list_display = ("type", "event_id", "payment_intent_id", "received", "processed", "outcome")
    list_filter = ("type",)
    search_fields = ("event_id", "payment_intent_id")


from checkout.models import ReturnExclusion, ReturnPolicy  # noqa: E402


@admin.register(ReturnPolicy)
class ReturnPolicyAdmin(admin.ModelAdmin):
    """The days a shopper has to start a return (checkout/returns.py)."""

    list_display = ("__str__", "window_days")

    def has_add_permission(self, request):
        """One policy: the add page only while there is none, and only for staff allowed to add it."""
        return super().has_add_permission(request) and not ReturnPolicy.objects.exists()


@admin.register(ReturnExclusion)
class ReturnExclusionAdmin(admin.ModelAdmin):
    """Categories (and their subcategories) not returnable once opened or used."""

    list_display = ("category",)
    autocomplete_fields = ()
