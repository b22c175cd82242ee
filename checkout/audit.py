"""Staff actions on orders, kept with who and when (bodybest.StaffAction) and listed on the
order's dashboard page (templates/checkout/dashboard/staff_actions.html).

`record(order, user, action, detail)` is the one call: the order page's status changes and the
refund page call it; shipments and return decisions call it with their own action names."""
from django.apps import apps

STATUS_CHANGED = "Status changed"
LINE_STATUS_CHANGED = "Line status changed"
REFUNDED = "Refunded"
SHIPMENT = "Shipment"
RETURN_DECISION = "Return decision"


def record(order, user, action, detail=""):
    StaffAction = apps.get_model("bodybest", "StaffAction")
    name = ""
    if user is not None and user.is_authenticated:
        name = user.get_full_name() or user.get_username()
    else:
        user = None
    return StaffAction.objects.create(order=order, user=user, user_name=name[:255],
                                      action=action[:64], detail=detail)
