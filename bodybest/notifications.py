"""Oscar's notification inbox actions (archive, delete), taking only ids that are numbers.

Oscar filters the inbox by the posted ``selected_notification`` values as they are, so one
that is not a number was a ValueError and a 500. bodybest/urls.py mounts this view ahead of
Oscar's at the same path, signed-in only as Oscar's is.
"""
from oscar.apps.communication.notifications import views
from oscar.core.utils import safe_referrer


def numeric_ids(values, limit=1000):
    """The values that are database ids, at most ``limit`` of them."""
    return [value for value in values if value.isascii() and value.isdigit() and len(value) <= 18][:limit]


class UpdateView(views.UpdateView):
    def get_error_url(self, request):
        # Oscar's fallback is ".", this URL itself, which answers a GET with 405.
        return safe_referrer(request, "customer:notifications-inbox")

    def get_selected_ids(self, request):
        """Ids that are not numbers are left out: a selection of only such values gets Oscar's
        own "You need to select some notifications" message."""
        posted = request.POST.getlist(f"selected_{self.get_checkbox_object_name()}")
        ids = numeric_ids(posted)
        return list(self.get_queryset().filter(pk__in=ids).values_list("pk", flat=True))
