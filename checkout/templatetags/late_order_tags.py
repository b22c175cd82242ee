"""`{% late_orders_panel %}` at the top of the dashboard's home page: paid orders waiting longer
than the staff-set business days (checkout/late_orders.py), for staff who can read orders."""
from django import template
from django.utils import timezone

from bodybest.roles import can_open
from checkout.late_orders import current_days, late_orders, waiting_rows

register = template.Library()


@register.inclusion_tag("checkout/dashboard/partials/late_orders_panel.html", takes_context=True)
def late_orders_panel(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not (user.is_staff and user.has_perm("order.view_order")):
        return {"shown": False}
    days, now = current_days(), timezone.now()
    return {"shown": True, "days": days, "rows": waiting_rows(late_orders(now, days), now),
            "can_change": can_open(user, "late-orders-dashboard:settings")}
