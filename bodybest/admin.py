from django.contrib import admin
from django.contrib.flatpages.admin import FlatPageAdmin
from django.contrib.flatpages.models import FlatPage
from modeltranslation.admin import TranslationAdmin

from .models import ContactMessage


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written only by the store's own flows (payments, outgoing mail); staff read them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ("created_at", "name", "email", "order_number", "mailed_at")
    search_fields = ("name", "email", "message", "order_number")
    readonly_fields = ("created_at", "mailed_at")


class StorePageAdmin(TranslationAdmin, FlatPageAdmin):
    """Store pages with their English and French title and content together (bodybest/translation.py)."""


admin.site.unregister(FlatPage)
admin.site.register(FlatPage, StorePageAdmin)
