from django.contrib import admin

from .models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """Read-only: what was sent, what waits for a retry, what failed for good and why."""

    list_display = ("created", "kind", "object_id", "status", "attempts", "sent", "next_attempt", "error")
    list_filter = ("status", "kind")
    search_fields = ("object_id", "error")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
