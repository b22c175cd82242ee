from django.contrib import admin

from catalog.price_match.models import Policy, PriceMatchRequest


@admin.register(Policy)
class PolicyAdmin(admin.ModelAdmin):
    """The one row of Price Match Assurance rules; the policy page shows what is saved here."""

    list_display = ("__str__", "floor_percent", "window_days", "voucher_days", "decide_within_days", "updated")

    def has_add_permission(self, request):
        return not Policy.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PriceMatchRequest)
class PriceMatchRequestAdmin(admin.ModelAdmin):
    """Read-only: staff decide in the dashboard (Price matches), where the rules are applied."""

    list_display = ("pk", "product", "email", "competitor_name", "competitor_price", "status", "verified",
                    "created")
    list_filter = ("status", ("verified", admin.EmptyFieldListFilter))
    search_fields = ("email", "competitor_name", "product__title")
    raw_id_fields = ("product", "user", "order", "voucher", "decided_by")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
