from django.contrib import admin

from .models import ContactMessage


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ("created_at", "name", "email", "order_number", "mailed_at")
    search_fields = ("name", "email", "message", "order_number")
    readonly_fields = ("created_at", "mailed_at")
