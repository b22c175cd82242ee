"""The dashboard's order page answers a malformed staff action (an id that is not a number, a
quantity or status left out, an amount that is not a sum of money) with a message and a 400,
changing nothing; Oscar answered 500."""
import pytest
from oscar.core.loading import get_model

from tests.checkout.test_refunds import paid_order, staff  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db
ShippingEventType = get_model("order", "ShippingEventType")
PaymentEventType = get_model("order", "PaymentEventType")

LINE = "{line}"
MALFORMED = {
    "note-id-word": {"order_action": "delete_note", "note_id": "abc"},
    "line-id-word": {"line_action": "change_line_statuses", "selected_line": "abc", "new_status": "Shipped"},
    "line-qty-missing": {"line_action": "change_line_statuses", "selected_line": LINE, "new_status": "Shipped"},
    "line-qty-word": {"line_action": "create_shipping_event", "selected_line": LINE,
                      "selected_line_qty_{line}": "one", "shipping_event_type": "shipped",
                      "reference": ""},
    "line-status-missing": {"line_action": "change_line_statuses", "selected_line": LINE,
                            "selected_line_qty_{line}": "1"},
    "shipping-type-missing": {"line_action": "create_shipping_event", "selected_line": LINE,
                              "selected_line_qty_{line}": "1", "reference": ""},
    "shipping-reference-missing": {"line_action": "create_shipping_event", "selected_line": LINE,
                                   "selected_line_qty_{line}": "1", "shipping_event_type": "shipped"},
    "amount-missing": {"order_action": "create_order_payment_event", "payment_event_type": "paid"},
    "amount-word": {"order_action": "create_order_payment_event", "amount": "ten", "payment_event_type": "paid"},
    "amount-nan": {"order_action": "create_order_payment_event", "amount": "NaN", "payment_event_type": "paid"},
    "amount-infinity": {"order_action": "create_order_payment_event", "amount": "Infinity",
                        "payment_event_type": "paid"},
    "amount-1e30": {"order_action": "create_order_payment_event", "amount": "1e30", "payment_event_type": "paid"},
    "amount-3-decimals": {"order_action": "create_order_payment_event", "amount": "1.234",
                          "payment_event_type": "paid"},
    "line-amount-1e30": {"line_action": "create_payment_event", "selected_line": LINE,
                         "selected_line_qty_{line}": "1", "amount": "1e30", "payment_event_type": "paid"},
}


def _post(client, order, data):
    line = str(order.lines.get().pk)
    data = {key.format(line=line): value.format(line=line) for key, value in data.items()}
    return client.post(f"/dashboard/orders/{order.number}/", data)


def _events(order):
    return (order.notes.count(), order.payment_events.count(), order.shipping_events.count(),
            list(order.lines.values_list("status", flat=True)), order.status)


@pytest.fixture
def event_types(db):
    ShippingEventType.objects.get_or_create(code="shipped", defaults={"name": "Shipped"})
    PaymentEventType.objects.get_or_create(code="paid", defaults={"name": "Paid"})


@pytest.mark.parametrize("data", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_action_gets_400_with_a_message_and_changes_nothing(
        client, paid_order, staff, event_types, data):
    before = _events(paid_order)
    response = _post(client, paid_order, data)
    assert response.status_code == 400
    assert "Nothing was changed:" in response.content.decode()
    assert f"Order #{paid_order.number}" in response.content.decode()
    assert _events(paid_order) == before


def test_well_formed_actions_still_reach_oscar(client, paid_order, staff, event_types):
    response = _post(client, paid_order, {"order_action": "create_order_payment_event",
                                          "amount": "12.50", "payment_event_type": "paid"})
    assert response.status_code == 302
    assert paid_order.payment_events.filter(amount="12.50", event_type__code="paid").exists()
    response = _post(client, paid_order, {"line_action": "create_shipping_event", "selected_line": LINE,
                                          "selected_line_qty_{line}": "1", "shipping_event_type": "shipped",
                                          "reference": "Canada Post 123"})
    assert response.status_code == 302 and paid_order.shipping_events.count() == 1


def test_the_page_keeps_oscars_permissions(client, paid_order, django_user_model):
    client.force_login(django_user_model.objects.create_user("cus", "cus@example.ca", "pw-cus-1991"))
    response = _post(client, paid_order, MALFORMED["amount-nan"])
    assert response.status_code == 403


def test_oscars_order_statistics_are_not_taken_for_an_order_numbered_statistics(client, paid_order, staff):
    response = client.get("/dashboard/orders/statistics/", {"date_from": "2026-01-01", "date_to": "2026-12-31"})
    assert response.status_code == 200
    assert response.resolver_match.url_name == "order-stats"
    assert client.get(f"/dashboard/orders/{paid_order.number}/").resolver_match.func.view_class.__module__ == (
        "checkout.order_page_views")
