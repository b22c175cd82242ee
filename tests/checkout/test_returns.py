"""Returns (checkout/returns.py, return_views.py, return_dashboard.py, return_mail.py): a
shopper asks within the window, staff approve or refuse, then receive, restock and refund
through checkout/refunds.py, against localstripe."""
import html
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.utils import timezone
from oscar.core.loading import get_model

from checkout.models import CardPayment, ReturnExclusion, ReturnPolicy, ReturnRequest
from tests import factories
from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
D = Decimal
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
ShippingEventType = get_model("order", "ShippingEventType")


@pytest.fixture
def product():
    return weighed_product("200.00")


@pytest.fixture
def order(client, fake_stripe, product):
    """A guest's order of two 200.00 guns shipped to Quebec (GST and QST), paid by card."""
    ready_to_pay(client, product, quantity=2)
    place_order(client, fake_stripe)
    client.logout()
    mail.outbox.clear()
    order = Order.objects.get()
    # The link in the order mail, then the guest's address, as Oscar's status page asks.
    form = f"/accounts/order-status-form/{order.number}/{order.verification_hash()}/"
    assert client.post(form, {"email": order.guest_email}).status_code == 302
    return order


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user(
        username="sam", email="sam@bodybest.ca", password="pw-staff-1991", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label__in=("order", "checkout"),
        codename__in=("view_order", "view_returnrequest", "change_returnrequest", "refund_order")))
    staff_client = Client()
    staff_client.force_login(user)
    return staff_client


def guest_url(order):
    return f"/returns/order/{order.number}/{order.verification_hash()}/"


def status_url(order):
    return f"/accounts/order-status/{order.number}/{order.verification_hash()}/"


def ask(client, order, quantity=1, reason="changed-mind", url=None, **extra):
    line = order.lines.get()
    return client.post(url or guest_url(order), {f"line_{line.pk}": quantity, "reason": reason, **extra})


def page(response):
    return html.unescape(response.content.decode())


def assert_refused(response, message):
    assert response.status_code == 400
    assert message in page(response)
    assert not ReturnRequest.objects.exists()


def test_a_guest_asks_from_the_status_link_and_sees_it_requested(client, order):
    response = client.get(guest_url(order))
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in page(response) and "Test massage gun" in page(response)
    response = ask(client, order, quantity=1, note="Too strong for me")
    assert response.status_code == 302 and response.url.endswith(status_url(order))
    request = ReturnRequest.objects.get()
    assert request.state == "requested" and request.note == "Too strong for me"
    assert [(rl.line_id, rl.quantity) for rl in request.lines.all()] == [(order.lines.get().pk, 1)]
    shown = page(client.get(status_url(order)))
    assert request.number in shown and "Requested" in shown and guest_url(order) in shown


def test_a_signed_in_customer_asks_from_their_order_page(client, order, django_user_model):
    user = django_user_model.objects.create_user(username="marie", email="marie@example.ca", password="pw-marie-1991")
    Order.objects.filter(pk=order.pk).update(user=user)
    client.force_login(user)
    url = f"/returns/order/{order.number}/"
    assert url in page(client.get(f"/accounts/orders/{order.number}/"))
    assert ask(client, order, url=url).status_code == 302
    assert ReturnRequest.objects.get().order == order


def test_a_guest_types_their_address_first(order):
    response = ask(Client(), order)
    assert response.status_code == 302 and "/order-status-form/" in response.url
    assert not ReturnRequest.objects.exists()


def test_someone_elses_order_is_not_found(client, order, django_user_model):
    assert client.get(f"/returns/order/{order.number}/0000deadbeef/").status_code == 404
    other = django_user_model.objects.create_user(username="eve", email="eve@example.ca", password="pw-eve-19910")
    client.force_login(other)
    assert ask(client, order, url=f"/returns/order/{order.number}/").status_code == 404
    owner = django_user_model.objects.create_user(username="own", email="own@example.ca", password="pw-own-19910")
    Order.objects.filter(pk=order.pk).update(user=owner)
    assert ask(Client(), order).status_code == 404  # an account's order is not a guest's
    assert not ReturnRequest.objects.exists()


def test_past_the_window_is_refused(client, order):
    Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - timedelta(days=31))
    assert_refused(ask(client, order), "The 30 days to return items from this order ended on")


def test_the_window_counts_from_delivery_when_known(client, order):
    Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - timedelta(days=40))
    delivered = ShippingEventType.objects.create(name="Delivered", code="delivered")
    event = order.shipping_events.create(event_type=delivered)
    type(event).objects.filter(pk=event.pk).update(date_created=timezone.now() - timedelta(days=10))
    assert ask(client, order).status_code == 302


def test_staff_shorten_the_window(client, order):
    policy = ReturnPolicy.current()
    assert policy.window_days == 30  # the returns page's promise
    policy.window_days = 10
    policy.save()
    Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - timedelta(days=11))
    assert_refused(ask(client, order), "The 10 days to return items")


def test_more_than_bought_less_earlier_returns_is_refused(client, order, staff):
    assert_refused(ask(client, order, quantity=3), "You can return at most 2 of")
    assert ask(client, order, quantity=1).status_code == 302
    response = ask(client, order, quantity=2)
    assert response.status_code == 400 and "You can return at most 1 of" in page(response)
    assert ReturnRequest.objects.count() == 1
    # A refused return covers nothing: both may be asked for again.
    staff.post(f"/dashboard/returns/{ReturnRequest.objects.get().pk}/",
               {"action": "refuse", "refusal_reason": "Opened"})
    assert ask(client, order, quantity=2).status_code == 302


def test_an_excluded_category_and_its_subcategories_are_refused(client, order, product):
    oils = factories.category("Oils and lotions")
    opened = factories.category("Massage oils", parent=oils)
    get_model("catalogue", "ProductCategory").objects.create(product=product, category=opened)
    ReturnExclusion.objects.create(category=oils)
    assert_refused(ask(client, order), "cannot be returned once opened or used")
    assert "cannot be returned once opened or used" in page(client.get(guest_url(order)))


@pytest.mark.parametrize("quantity, reason, message", [
    (0, "changed-mind", "Choose at least one item to return."),
    ("", "changed-mind", "Choose at least one item to return."),
    ("two", "changed-mind", "Enter a whole number of items."),
    (-1, "changed-mind", "Enter a whole number of items."),
    ("99999999999999999999", "changed-mind", "You can return at most 2 of"),
    (1, "", "Choose the reason for the return."),
    (1, "because", "Choose the reason for the return."),
])
def test_bad_input_is_refused_with_a_message(client, order, quantity, reason, message):
    assert_refused(ask(client, order, quantity=quantity, reason=reason), message)


def test_a_note_too_long_is_refused(client, order):
    assert_refused(ask(client, order, note="x" * 501), "")


def requested(client, order, quantity=1):
    assert ask(client, order, quantity=quantity).status_code == 302
    return ReturnRequest.objects.get()


def decide(staff, request, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        return staff.post(f"/dashboard/returns/{request.pk}/", data)


def test_approving_mails_the_address_and_number_once(client, order, staff, django_capture_on_commit_callbacks):
    request = requested(client, order)
    assert decide(staff, request, django_capture_on_commit_callbacks, action="approve").status_code == 302
    response = decide(staff, request, django_capture_on_commit_callbacks, action="approve")
    assert response.status_code == 400 and "approved" in page(response)
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [order.guest_email] and request.number in sent.subject
    assert "1100 Burloak Drive, Unit 4" in sent.body and request.number in sent.body
    assert "Burlington, ON L7L 6B2" in sent.alternatives[0][0]
    request.refresh_from_db()
    assert request.state == "approved" and request.decided
    assert "Approved" in page(client.get(status_url(order)))


def test_a_return_asked_in_french_is_answered_in_french(client, order, staff, django_capture_on_commit_callbacks):
    line = order.lines.get()
    client.post(f"/fr{guest_url(order)}", {f"line_{line.pk}": 1, "reason": "damaged"})
    request = ReturnRequest.objects.get()
    assert request.language == "fr-ca"
    decide(staff, request, django_capture_on_commit_callbacks, action="approve")
    assert "Votre retour" in mail.outbox[0].subject
    assert "Emballez les articles et écrivez ce numéro sur le colis" in mail.outbox[0].body


def test_refusing_needs_a_reason_and_mails_it_once(client, order, staff, django_capture_on_commit_callbacks):
    request = requested(client, order)
    response = decide(staff, request, django_capture_on_commit_callbacks, action="refuse", refusal_reason=" ")
    assert response.status_code == 400 and "Give the reason for refusing" in page(response)
    assert mail.outbox == []
    decide(staff, request, django_capture_on_commit_callbacks, action="refuse", refusal_reason="The oil was opened.")
    decide(staff, request, django_capture_on_commit_callbacks, action="refuse", refusal_reason="Again")
    assert len(mail.outbox) == 1 and "The oil was opened." in mail.outbox[0].body
    assert "The oil was opened." in page(client.get(status_url(order)))


def test_receiving_restocks_what_is_resaleable_and_refunds_the_lines_with_tax(
        client, order, staff, fake_stripe, django_capture_on_commit_callbacks):
    stock = StockRecord.objects.get(pk=order.lines.get().stockrecord_id)
    before = stock.num_in_stock
    request = requested(client, order, quantity=1)
    decide(staff, request, django_capture_on_commit_callbacks, action="approve")
    rl = request.lines.get()
    response = decide(staff, request, django_capture_on_commit_callbacks, action="receive", **{f"resaleable_{rl.pk}": "on"})
    assert response.status_code == 302
    request.refresh_from_db()
    # One of two 200.00 guns: 200.00 + GST 5% + QST 9.975% = 229.95; shipping not refunded.
    assert request.state == "received" and request.refunded == D("229.95") and not request.shipping_refunded
    assert CardPayment.objects.get(order=order).amount_refunded == D("229.95")
    assert [r["amount"] for r in fake_stripe.request("GET", "/v1/refunds?limit=100")["data"]] == [22995]
    stock.refresh_from_db()
    assert stock.num_in_stock == before + 1
    assert len(mail.outbox) == 2 and "$229.95" in mail.outbox[1].body
    again = decide(staff, request, django_capture_on_commit_callbacks, action="receive")
    assert again.status_code == 400 and len(mail.outbox) == 2
    assert CardPayment.objects.get(order=order).amount_refunded == D("229.95")
    shown = page(client.get(status_url(order)))
    assert "Received and refunded" in shown and "$229.95" in shown
    # Each decision is kept with who made it (checkout/audit.py), listed on the order's page.
    actions = list(order.staff_actions.order_by("pk").values_list("user_name", "detail"))
    assert actions[0] == ("sam", f"{request.number} approved") and actions[-1][1].startswith(
        f"{request.number} received, 229.95 refunded")


def test_receiving_with_shipping_refunds_it_too_and_not_resaleable_is_not_restocked(
        client, order, staff, fake_stripe, django_capture_on_commit_callbacks):
    stock = StockRecord.objects.get(pk=order.lines.get().stockrecord_id)
    before = stock.num_in_stock
    request = requested(client, order, quantity=2)
    decide(staff, request, django_capture_on_commit_callbacks, action="approve")
    decide(staff, request, django_capture_on_commit_callbacks, action="receive", refund_shipping="on")
    request.refresh_from_db()
    assert request.refunded == order.total_incl_tax and request.shipping_refunded
    assert CardPayment.objects.get(order=order).refundable == D("0.00")
    stock.refresh_from_db()
    assert stock.num_in_stock == before
    assert request.lines.get().resaleable is False


def test_a_refund_stripe_refuses_leaves_the_return_approved_and_the_stock_alone(
        client, order, staff, fake_stripe, django_capture_on_commit_callbacks):
    request = requested(client, order)
    decide(staff, request, django_capture_on_commit_callbacks, action="approve")
    CardPayment.objects.filter(order=order).update(payment_intent_id="")
    stock_before = StockRecord.objects.get(pk=order.lines.get().stockrecord_id).num_in_stock
    rl = request.lines.get()
    response = decide(staff, request, django_capture_on_commit_callbacks, action="receive", **{f"resaleable_{rl.pk}": "on"})
    assert response.status_code == 400 and "nothing to refund" in page(response)
    request.refresh_from_db()
    assert request.state == "approved" and request.refunded is None
    assert StockRecord.objects.get(pk=rl.line.stockrecord_id).num_in_stock == stock_before
    assert len(mail.outbox) == 1


def test_a_database_fault_while_restocking_stops_before_any_money_moves(
        client, order, staff, fake_stripe, django_capture_on_commit_callbacks, monkeypatch):
    from django.db import DatabaseError

    from checkout import returns

    request = requested(client, order)
    decide(staff, request, django_capture_on_commit_callbacks, action="approve")

    class Broken:
        class objects:
            @staticmethod
            def filter(**kwargs):
                raise DatabaseError("the database went away while restocking")

    monkeypatch.setattr(returns, "StockRecord", Broken)
    with pytest.raises(DatabaseError):
        returns.receive_return(request=request, resaleable={request.lines.get().pk: True},
                               with_shipping=False, staff_user=None)
    assert fake_stripe.request("GET", "/v1/refunds?limit=100")["data"] == []
    request.refresh_from_db()
    assert request.state == "approved" and CardPayment.objects.get(order=order).amount_refunded == 0


def test_a_return_refund_is_kept_once_as_a_refund_and_once_as_the_receipt(
        client, order, staff, fake_stripe, django_capture_on_commit_callbacks):
    request = requested(client, order)
    decide(staff, request, django_capture_on_commit_callbacks, action="approve")
    decide(staff, request, django_capture_on_commit_callbacks, action="receive")
    actions = list(order.staff_actions.order_by("pk").values_list("action", "detail"))
    assert [a for a, _ in actions] == ["Return decision", "Refunded", "Return decision"]
    assert actions[1][1] == f"$229.95 to the card: Return {request.number} received"


def test_staff_pages_list_returns_with_state_and_age_and_are_staff_only(client, order, staff, django_user_model):
    request = requested(client, order)
    listing = page(staff.get("/dashboard/returns/"))
    assert request.number in listing and "Requested" in listing and "ago" in listing
    assert request.number in page(staff.get(f"/dashboard/orders/{order.number}/"))
    assert staff.post(f"/dashboard/returns/{request.pk}/", {"action": "launch"}).status_code == 400
    assert staff.get("/dashboard/returns/999999/").status_code == 404
    customer = django_user_model.objects.create_user(username="c", email="c@example.ca", password="pw-cust-19910")
    shopper = Client()
    shopper.force_login(customer)
    for url in ("/dashboard/returns/", f"/dashboard/returns/{request.pk}/"):
        assert shopper.get(url).status_code in (302, 403)
        assert Client().get(url).status_code in (302, 403)
    assert shopper.post(f"/dashboard/returns/{request.pk}/", {"action": "approve"}).status_code in (302, 403)
    request.refresh_from_db()
    assert request.state == "requested"


def test_staff_who_may_not_refund_approve_but_cannot_receive(
        client, order, django_user_model, fake_stripe, django_capture_on_commit_callbacks):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username="fran", email="fran@bodybest.ca",
                                                 password="pw-staff-1991", is_staff=True)
    user.groups.add(Group.objects.get(name="Fulfilment"))
    fulfilment = Client()
    fulfilment.force_login(user)
    request = requested(client, order)
    assert fulfilment.get("/dashboard/returns/").status_code == 200
    assert decide(fulfilment, request, django_capture_on_commit_callbacks, action="approve").status_code == 302
    assert "Received: restock and refund" not in page(fulfilment.get(f"/dashboard/returns/{request.pk}/"))
    response = decide(fulfilment, request, django_capture_on_commit_callbacks, action="receive")
    assert response.status_code == 403
    request.refresh_from_db()
    assert request.state == "approved" and CardPayment.objects.get(order=order).amount_refunded == D("0.00")


def test_the_form_reads_in_quebec_french_and_links_the_french_returns_page(client, order):
    shown = page(client.get(f"/fr{guest_url(order)}"))
    assert "Retourner des articles de la commande" in shown and "Demander le retour" in shown
    assert 'href="/fr/returns/"' in shown
    response = client.post(f"/fr{guest_url(order)}", {"reason": "damaged"})
    assert response.status_code == 400 and "Choisissez au moins un article à retourner." in page(response)
