"""Changes staff make to orders from Oscar's dashboard (the order list's bulk status change, the
order page's status, line, note and payment actions): refused with a 403 without
`order.change_order` (Customer service reads orders only, bodybest/roles.py), and each status
change kept in the order's staff actions (checkout/audit.py)."""
from django.core.exceptions import PermissionDenied

from bodybest.roles import CHANGE_ORDER
from checkout import audit


# What a reader of orders may still post: the order list's CSV download of chosen orders.
READ_ACTIONS = {"download_selected_orders"}


class OrderChangesMixin:
    def post(self, request, *args, **kwargs):
        if request.POST.get("action") not in READ_ACTIONS and not request.user.has_perm(CHANGE_ORDER):
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def change_order_status(self, request, order):
        old_status = order.status
        response = super().change_order_status(request, order)
        order.refresh_from_db(fields=["status"])
        if order.status != old_status:
            audit.record(order, request.user, audit.STATUS_CHANGED,
                         f"{old_status} → {order.status}")
        return response

    def change_line_statuses(self, request, order, lines, quantities):
        before = {line.pk: line.status for line in lines}
        response = super().change_line_statuses(request, order, lines, quantities)
        for line in order.lines.filter(pk__in=before):
            if line.status != before[line.pk]:
                audit.record(order, request.user, audit.LINE_STATUS_CHANGED,
                             f"{line.title}: {before[line.pk]} → {line.status}")
        return response
