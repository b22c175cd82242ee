from django.contrib import admin

from checkout.models import OrderTax, TaxRate


@admin.register(TaxRate)
class TaxRateAdmin(admin.ModelAdmin):
    list_display = ("province", "name", "percent", "effective_from", "effective_until")
    list_filter = ("province", "code")
    ordering = ("province", "position", "-effective_from")


@admin.register(OrderTax)
class OrderTaxAdmin(admin.ModelAdmin):
    list_display = ("order", "name", "percent", "amount")
    readonly_fields = ("order", "code", "name", "percent", "amount", "position")
