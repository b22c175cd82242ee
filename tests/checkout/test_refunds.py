"""Staff refunding a card-paid order, whole or in part, from the dashboard (checkout/refunds.py,
checkout/refund_views.py), against localstripe as a real HTTP server."""
import html
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from oscar.core.loading import get_model

from checkout.models import CardPayment
from checkout.refunds import RefundRefused, refund_order
from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
D = Decimal
Order = get_model("order", "Order")

PAID = D("247.14")  # a 200.00 gun with standard shipping to Quebec, GST and QST included


@pytest.fixture
def paid_order(client, fake_stripe):
    ready_to_pay(client, weighed_product("200.00"))
    place_order(client, fake_stripe)
    client.logout()
    order = Order.objects.get()
    assert order.total_incl_tax == PAID and order.status == "Paid"
    return order


def staff_member(django_user_model, username="sam", *codenames):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@bodybest.ca", password="pw-staff-1991", is_staff=True)
    # A refund needs the refund permission of Customer service and Owner (bodybest/roles.py).
    for name in codenames or ("order.view_order", "order.change_order", "checkout.refund_order"):
        app_label, codename = name.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label,
                                                         codename=codename))
    return user


@pytest.fixture
def staff(client, django_user_model):
    user = staff_member(django_user_model)
    client.force_login(user)
    return user


def refund_url(order):
    return f"/dashboard/orders/{order.number}/refund/"


def refunds_at_stripe(fake_stripe):
    return fake_stripe.request("GET", "/v1/refunds?limit=100")["data"]


def post_refund(client, order, amount, reason="Arrived damaged", already_refunded="0.00"):
    return client.post(refund_url(order), {
        "amount": amount, "reason": reason, "already_refunded": already_refunded})


def assert_nothing_refunded(order, fake_stripe, status="Paid"):
    payment = CardPayment.objects.get(order=order)
    assert payment.amount_refunded == D("0.00")
    assert refunds_at_stripe(fake_stripe) == []
    order.refresh_from_db()
    assert order.status == status
    assert not order.payment_events.filter(event_type__name="Refunded").exists()
    assert order.sources.get().amount_refunded == D("0.00")
    assert not order.notes.exists()


def test_staff_see_the_refund_form_prefilled_with_what_is_refundable(client, paid_order, staff):
    response = client.get(refund_url(paid_order))
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert f"Refund order #{paid_order.number}" in page
    assert page.count("$247.14") >= 2 and "$0.00" in page  # paid, refundable; already refunded
    assert 'name="amount" value="247.14"' in page
    assert '<label for="id_amount"' in page and '<label for="id_reason"' in page
    assert 'name="csrfmiddlewaretoken"' in page


def test_staff_refund_a_whole_order_to_the_card(client, paid_order, staff, fake_stripe):
    response = post_refund(client, paid_order, "247.14", "Customer returned the gun unopened")
    assert response.status_code == 302
    assert response["Location"] == f"/dashboard/orders/{paid_order.number}/"
    page = html.unescape(client.get(response["Location"]).content.decode())
    assert "Refunded $247.14 to the customer's card." in page

    payment = CardPayment.objects.get(order=paid_order)
    [refund] = refunds_at_stripe(fake_stripe)
    assert refund["amount"] == 24714 and refund["payment_intent"] == payment.payment_intent_id
    assert payment.amount_refunded == PAID and payment.refundable == D("0.00")
    paid_order.refresh_from_db()
    assert paid_order.status == "Refunded"
    event = paid_order.payment_events.get(event_type__name="Refunded")
    assert event.amount == PAID and event.reference == refund["id"]
    source = paid_order.sources.get()
    assert source.amount_refunded == PAID
    assert source.transactions.get(txn_type="Refund").amount == PAID
    note = paid_order.notes.get()
    assert note.user == staff and "sam refunded $247.14" in note.message
    assert "Customer returned the gun unopened" in note.message
    assert paid_order.status_changes.filter(old_status="Paid", new_status="Refunded").exists()


def test_partial_refunds_leave_the_order_partially_refunded_until_the_rest_goes_back(
        client, paid_order, staff, fake_stripe):
    assert post_refund(client, paid_order, "50", "Missing attachment").status_code == 302
    paid_order.refresh_from_db()
    assert paid_order.status == "Partially refunded"
    assert CardPayment.objects.get(order=paid_order).refundable == D("197.14")
    assert 'name="amount" value="197.14"' in client.get(refund_url(paid_order)).content.decode()

    response = post_refund(client, paid_order, "100.00", "Price match", already_refunded="50.00")
    assert response.status_code == 302
    paid_order.refresh_from_db()
    assert paid_order.status == "Partially refunded"

    response = post_refund(client, paid_order, "97.14", "Returned", already_refunded="150.00")
    assert response.status_code == 302
    paid_order.refresh_from_db()
    assert paid_order.status == "Refunded"
    assert sorted(r["amount"] for r in refunds_at_stripe(fake_stripe)) == [5000, 9714, 10000]
    assert CardPayment.objects.get(order=paid_order).amount_refunded == PAID
    assert paid_order.sources.get().amount_refunded == PAID
    assert sorted(e.amount for e in paid_order.payment_events.filter(event_type__name="Refunded")) == [
        D("50.00"), D("97.14"), D("100.00")]
    # Nothing is left: the refund page sends staff back to the order.
    assert client.get(refund_url(paid_order))["Location"] == f"/dashboard/orders/{paid_order.number}/"


def test_a_refund_beyond_what_was_paid_is_refused_with_a_message_and_changes_nothing(
        client, paid_order, staff, fake_stripe):
    response = post_refund(client, paid_order, "247.15")
    assert response.status_code == 400
    assert "You can refund at most $247.14 on this order." in response.content.decode()
    assert_nothing_refunded(paid_order, fake_stripe)


def test_the_rule_itself_refuses_more_than_is_left_after_an_earlier_refund(
        paid_order, staff, fake_stripe):
    refund_order(paid_order, D("50.00"), "Missing attachment", staff)
    with pytest.raises(RefundRefused) as refused:
        refund_order(paid_order, D("197.15"), "Everything else", staff)
    assert refused.value.message == "You can refund at most $197.14 on this order."
    assert [r["amount"] for r in refunds_at_stripe(fake_stripe)] == [5000]
    assert CardPayment.objects.get(order=paid_order).amount_refunded == D("50.00")


@pytest.mark.parametrize("amount", [D("0"), D("-5"), D("10.001"), D("NaN"), D("Infinity"), 10.5, "10"])
def test_the_rule_refuses_amounts_that_are_not_dollars_and_cents_above_zero(
        paid_order, staff, fake_stripe, amount):
    with pytest.raises(RefundRefused):
        refund_order(paid_order, amount, "Goodwill", staff)
    assert_nothing_refunded(paid_order, fake_stripe)


@pytest.mark.parametrize("amount, reason", [
    ("abc", "Damaged"), ("-5", "Damaged"), ("0", "Damaged"), ("10.001", "Damaged"), ("", "Damaged"),
    ("99999999999999999999999", "Damaged"), ("1e30", "Damaged"), ("NaN", "Damaged"),
    ("10.00", ""), ("10.00", "x" * 256), ("10.00", "   "), ("10.00", "\x01\x02"),
    ("10.00", "Damaged \x1b[31mred"), ("10.00", "Damaged\x7f"),
])
def test_bad_input_is_answered_400_and_changes_nothing(client, paid_order, staff, fake_stripe,
                                                       amount, reason):
    response = post_refund(client, paid_order, amount, reason)
    assert response.status_code == 400
    assert 'class="error-block"' in response.content.decode()
    assert_nothing_refunded(paid_order, fake_stripe)


@pytest.mark.parametrize("amount, reason, already_refunded", [
    ("10.00", "Dam\x00aged", "0.00"), ("10\x00", "Damaged", "0.00"), ("10.00", "Damaged", "0\x00"),
], ids=["reason", "amount", "already-refunded"])
def test_a_null_character_anywhere_in_the_form_is_answered_400_and_changes_nothing(
        client, paid_order, staff, fake_stripe, amount, reason, already_refunded):
    response = post_refund(client, paid_order, amount, reason, already_refunded)
    assert response.status_code == 400
    assert "null character" in response.content.decode()
    assert_nothing_refunded(paid_order, fake_stripe)


@pytest.mark.parametrize("already_refunded", ["abc", "", "NaN", "9" * 40, None])
def test_a_tampered_or_missing_page_figure_is_answered_400_and_changes_nothing(
        client, paid_order, staff, fake_stripe, already_refunded):
    data = {"amount": "10.00", "reason": "Damaged"}
    if already_refunded is not None:
        data["already_refunded"] = already_refunded
    response = client.post(refund_url(paid_order), data)
    assert response.status_code == 400
    assert "The page was out of date" in response.content.decode()
    assert_nothing_refunded(paid_order, fake_stripe)


@pytest.mark.parametrize("reason", ["Dam\x00aged", "\x01", "x" * 256, " \n "],
                         ids=["nul", "control", "too-long", "blank"])
def test_the_rule_refuses_a_reason_the_notes_cannot_keep_before_stripe_is_asked(
        paid_order, staff, fake_stripe, reason):
    """Not only the form: a NUL found after Stripe gave the money back left the refund
    unrecorded here."""
    with pytest.raises(RefundRefused):
        refund_order(paid_order, D("10.00"), reason, staff)
    assert_nothing_refunded(paid_order, fake_stripe)


def test_a_reason_on_several_lines_is_kept_as_typed(client, paid_order, staff, fake_stripe):
    assert post_refund(client, paid_order, "10.00", "Box crushed.\r\n\tLid cracked.").status_code == 302
    assert "Reason: Box crushed.\r\n\tLid cracked." in paid_order.notes.get().message


def test_a_double_press_refunds_once(client, paid_order, staff, fake_stripe):
    assert post_refund(client, paid_order, "50.00").status_code == 302
    again = post_refund(client, paid_order, "50.00")  # the same form, sent a second time
    assert again.status_code == 400
    assert "This order was refunded meanwhile ($50.00 so far)" in again.content.decode()
    assert [r["amount"] for r in refunds_at_stripe(fake_stripe)] == [5000]
    assert CardPayment.objects.get(order=paid_order).amount_refunded == D("50.00")


def test_a_refusal_at_stripe_is_shown_and_changes_nothing(client, paid_order, staff, fake_stripe):
    # Stripe answers 404 for a PaymentIntent it does not know.
    CardPayment.objects.filter(order=paid_order).update(payment_intent_id="pi_unknowntostripe")
    response = post_refund(client, paid_order, "20.00")
    assert response.status_code == 400
    assert "Stripe did not make the refund, and nothing was refunded" in response.content.decode()
    assert_nothing_refunded(paid_order, fake_stripe)


def test_a_refund_stripe_reports_as_failed_is_refused_and_changes_nothing(
        paid_order, staff, fake_stripe, monkeypatch):
    from types import SimpleNamespace

    from checkout import stripe_gateway

    monkeypatch.setattr(stripe_gateway, "refund",
                        lambda payment, amount, key: SimpleNamespace(id="re_failed", status="failed"))
    with pytest.raises(RefundRefused) as refused:
        refund_order(paid_order, D("20.00"), "Goodwill", staff)
    assert "Stripe could not refund this card (refund re_failed, failed)" in refused.value.message
    assert_nothing_refunded(paid_order, fake_stripe)


def test_a_cancelled_order_is_still_refunded_and_marked_refunded(paid_order, staff, fake_stripe):
    # Oscar's pipeline has no step out of Cancelled, but the money has to go back all the same.
    paid_order.set_status("Being prepared")
    Order.objects.filter(pk=paid_order.pk).update(status="Cancelled")
    paid_order.refresh_from_db()
    refund_order(paid_order, PAID, "Cancelled before shipping", staff)
    paid_order.refresh_from_db()
    assert paid_order.status == "Refunded"
    assert paid_order.status_changes.filter(old_status="Cancelled", new_status="Refunded").exists()
    assert [r["amount"] for r in refunds_at_stripe(fake_stripe)] == [24714]


def test_an_order_whose_card_was_not_captured_cannot_be_refunded(client, paid_order, staff, fake_stripe):
    CardPayment.objects.filter(order=paid_order).update(status=CardPayment.AUTHORISED)
    with pytest.raises(RefundRefused) as refused:
        refund_order(paid_order, D("10.00"), "Goodwill", staff)
    assert "no captured card payment" in refused.value.message
    assert post_refund(client, paid_order, "10.00")["Location"] == f"/dashboard/orders/{paid_order.number}/"
    assert_nothing_refunded(paid_order, fake_stripe)


def test_customers_visitors_and_staff_without_order_rights_can_neither_see_nor_use_the_form(
        paid_order, django_user_model, fake_stripe):
    customer = Client(HTTP_HOST="localhost")
    customer.force_login(django_user_model.objects.create_user(
        username="dana", email="dana@example.ca", password="x-dana-2024"))
    viewer = Client(HTTP_HOST="localhost")
    viewer.force_login(staff_member(django_user_model, "vic", "order.view_order", "order.change_order"))
    for refused in (customer, viewer):
        assert refused.get(refund_url(paid_order)).status_code == 403
        assert post_refund(refused, paid_order, "247.14").status_code == 403
    visitor = Client(HTTP_HOST="localhost")
    for response in (visitor.get(refund_url(paid_order)), post_refund(visitor, paid_order, "247.14")):
        assert response.status_code == 302 and response["Location"].startswith("/dashboard/login/")
    assert_nothing_refunded(paid_order, fake_stripe)
    # Staff who may only look at orders do not get the button either.
    page = viewer.get(f"/dashboard/orders/{paid_order.number}/").content.decode()
    assert "Card payment" in page and refund_url(paid_order) not in page


def test_the_refund_form_is_csrf_protected(paid_order, django_user_model, fake_stripe):
    strict = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    strict.force_login(staff_member(django_user_model))
    assert post_refund(strict, paid_order, "10.00").status_code == 403
    assert_nothing_refunded(paid_order, fake_stripe)


def test_the_dashboard_order_page_shows_the_card_payment_with_its_refund_button(
        client, paid_order, staff):
    payment = CardPayment.objects.get(order=paid_order)
    page = html.unescape(client.get(f"/dashboard/orders/{paid_order.number}/").content.decode())
    assert "Card payment" in page and "Captured" in page
    assert payment.payment_intent_id in page and "$247.14" in page
    assert f'href="{refund_url(paid_order)}"' in page and "Refund…" in page
    assert "GST (5%)" in page  # the taxes the override already showed are still there

    refund_order(paid_order, PAID, "Returned", staff)
    page = client.get(f"/dashboard/orders/{paid_order.number}/").content.decode()
    assert "Card payment" in page and refund_url(paid_order) not in page


def test_a_refund_is_kept_in_the_orders_staff_actions_with_who_and_shown(
        client, paid_order, staff, fake_stripe):
    from bodybest.models import StaffAction

    post_refund(client, paid_order, "20.00", "Scratched case")
    action = StaffAction.objects.get(order=paid_order)
    assert (action.user, action.action) == (staff, "Refunded")
    assert action.detail == "$20.00 to the card: Scratched case"
    page = html.unescape(client.get(f"/dashboard/orders/{paid_order.number}/").content.decode())
    assert "Staff actions" in page and "$20.00 to the card: Scratched case" in page
    assert staff.username in page
