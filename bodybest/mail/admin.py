from django.contrib import admin

from bodybest.admin import ReadOnlyAdmin

from .models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(ReadOnlyAdmin):
    """Read-only: what was sent, what waits for a retry, what failed for good and why."""

    list_display = ("created", "kind", "object_id", "status", "attempts", "sent", "next_attempt", "error")
    list_filter = ("status", "kind")
    search_fields = ("object_id", "error")
