"""Oscar's dashboard order page, refusing a malformed staff action with a message and a 400.

Oscar's OrderDetailView reads the posted ids, quantities, statuses and amounts as they come:
a note or line id that is not a number, a quantity or a status left out, or an amount that is
not a sum of money ("NaN", "1e30", none at all), a shipping event without its reference
field, was a 500. Each action's input is checked here
first; what passes goes to Oscar's own handling unchanged. bodybest/urls.py mounts the view
(checkout/order_page_urls.py) ahead of Oscar's dashboard, behind the same permissions.
"""
from decimal import Decimal, InvalidOperation

from django.contrib import messages
from oscar.core.loading import get_class, get_model

from checkout.order_changes import OrderChangesMixin

OscarOrderDetailView = get_class("dashboard.orders.views", "OrderDetailView")
PaymentEvent = get_model("order", "PaymentEvent")

AMOUNT = PaymentEvent._meta.get_field("amount")
LARGEST_AMOUNT = Decimal(10) ** (AMOUNT.max_digits - AMOUNT.decimal_places)


def is_id(value):
    """A value that can be a database id: ASCII digits, at most 18 of them."""
    return bool(value) and value.isascii() and value.isdigit() and len(value) <= 18


def is_amount(value):
    """A sum of money a payment event can hold: a number, dollars and at most 2 decimals."""
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return False
    return amount.is_finite() and -amount.as_tuple().exponent <= AMOUNT.decimal_places \
        and abs(amount) < LARGEST_AMOUNT


def action_problem(data):
    """Why the posted order-page action cannot be carried out, or None when Oscar may go on."""
    action = data.get("order_action") or data.get("line_action")
    if action == "delete_note" and "note_id" in data and not is_id(data["note_id"]):
        return "That note is not one of this order's."
    if "line_action" in data and "order_action" not in data:
        line_ids = data.getlist("selected_line")
        if not all(is_id(line_id) for line_id in line_ids):
            return "Choose lines of this order."
        if not all(is_id(data.get(f"selected_line_qty_{line_id}")) for line_id in line_ids):
            return "Enter the quantity of each line you chose, as a whole number."
        if action == "change_line_statuses" and not (data.get("new_status") or "").strip():
            return "Choose the lines' new status."
        if action == "create_shipping_event" and not data.get("shipping_event_type"):
            return "Choose the shipping event."
        if action == "create_shipping_event" and "reference" not in data:
            return "The form arrived incomplete; reload the page and try again."
    amount = data.get("amount")
    if action == "create_order_payment_event" or (action == "create_payment_event" and amount):
        if not is_amount(amount):
            return (f"Enter the amount in dollars and cents, less than "
                    f"{LARGEST_AMOUNT:,}, like 25.00.")
    return None


class OrderDetailView(OrderChangesMixin, OscarOrderDetailView):
    def post(self, request, *args, **kwargs):
        problem = action_problem(request.POST)
        if problem is None:
            return super().post(request, *args, **kwargs)
        self.object = self.get_object()
        messages.error(request, f"Nothing was changed: {problem}")
        return self.render_to_response(self.get_context_data(), status=400)
