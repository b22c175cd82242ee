from django.contrib import admin
from django.contrib.flatpages.admin import FlatPageAdmin
from django.contrib.flatpages.models import FlatPage
from modeltranslation.admin import TranslationAdmin

from .models import ContactMessage, OldLink, ShopifyCustomer
from .old_link_forms import OldLinkForm


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


@admin.register(OldLink)
class OldLinkAdmin(admin.ModelAdmin):
    """The old Shopify store's addresses and where they lead (bodybest/old_link_redirects.py).
    A link staff save becomes theirs: a later import leaves it as they set it."""

    form = OldLinkForm
    list_display = ("path", "target_url", "kind", "source", "updated_at")
    list_filter = ("kind", "source")
    search_fields = ("path", "target_url")
    readonly_fields = ("source", "created_at", "updated_at", "followed", "last_followed_at")

    def save_model(self, request, obj, form, change):
        obj.source = "staff"
        super().save_model(request, obj, form, change)


@admin.register(ShopifyCustomer)
class ShopifyCustomerAdmin(admin.ModelAdmin):
    """Customers brought over from Shopify (catalog/shopify/customers.py): what the export said,
    and the two mails staff may choose to send, each after the action's transaction commits."""

    list_display = ("user", "phone", "tags", "accepts_email_marketing", "consent_source",
                    "claim_mail_queued", "claim_mail_sent", "permission_mail_queued")
    list_filter = ("accepts_email_marketing", "accepts_sms_marketing", "language")
    search_fields = ("user__email", "user__first_name", "user__last_name", "phone", "tags", "note")
    readonly_fields = ("user", "accepts_email_marketing", "accepts_sms_marketing", "consent_source",
                       "total_spent", "total_orders", "imported", "claim_mail_queued", "claim_mail_sent",
                       "permission_mail_queued")
    actions = ("send_claim_mail", "ask_newsletter_permission")

    def has_add_permission(self, request):
        return False

    @admin.action(description="Send the “claim your account” mail (once per customer)")
    def send_claim_mail(self, request, queryset):
        from catalog.shopify.claim_mail import queue_claim_mails

        queued = queue_claim_mails(queryset)
        self.message_user(request, f"{queued} claim mails queued; {queryset.count() - queued} had one already.")

    @admin.action(description="Ask those who accepted email marketing in Shopify to confirm the newsletter")
    def ask_newsletter_permission(self, request, queryset):
        from catalog.shopify.consent import ask_permission

        asked = ask_permission(queryset)
        self.message_user(request, f"{asked} confirmation mails queued; the others did not accept "
                                   "email marketing in Shopify or were asked already.")
