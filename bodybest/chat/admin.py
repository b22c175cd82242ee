"""Canned answers staff keep ready for the chat, edited in the admin (Customer service, Owner)."""
from django.contrib import admin

from bodybest.chat.models import CannedAnswer


@admin.register(CannedAnswer)
class CannedAnswerAdmin(admin.ModelAdmin):
    list_display = ("title", "position")
    list_editable = ("position",)
    search_fields = ("title", "text")
