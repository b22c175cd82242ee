"""An order remembers the language it was placed in, and the shopper's confirmation mail is
written in it, even though a worker builds it far from the checkout page."""
import pytest
from django.core import mail
from django.utils import translation
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from checkout import order_mail
from checkout.models import OrderLanguage
from tests.checkout.buying import ADDRESS, place_order, weighed_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request to a French page leaves French active in this thread afterwards."""
    translation.activate("en-ca")
    yield
    translation.activate("en-ca")


def _check_out(client, product, prefix):
    client.post(f"{prefix}/basket/add/{product.pk}/", {"quantity": 1})
    client.post(f"{prefix}/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    assert client.post(f"{prefix}/checkout/shipping-address/", ADDRESS).status_code == 302
    client.post(f"{prefix}/checkout/shipping-method/", {"method_code": "standard"})


def _pay(client, fake_stripe, prefix):
    response = client.post(f"{prefix}/checkout/pay/", {"payment_method": fake_stripe.card_payment_method("ok")},
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["status"] == "placed", response.content[:500]


def test_an_order_placed_in_french_gets_its_confirmation_in_french(
        client, fake_stripe, django_capture_on_commit_callbacks):
    _check_out(client, weighed_product("200.00"), "/fr")
    with django_capture_on_commit_callbacks(execute=True):
        _pay(client, fake_stripe, "/fr")
    translation.activate("en-ca")  # the mail must not depend on the language left active
    order = Order.objects.get()
    assert OrderLanguage.of(order.pk) == "fr-ca"
    confirmation = next(m for m in mail.outbox if m.to == ["marie@example.ca"])
    with translation.override("fr-ca"):
        french_subject = translation.gettext("Confirmation of order %(number)s") % {"number": order.number}
    assert french_subject != f"Confirmation of order {order.number}"  # a French msgstr exists
    assert confirmation.subject == french_subject
    assert "247,14\xa0$" in confirmation.body and "$247.14" not in confirmation.body  # Quebec amounts
    assert "× 1 : 200,00\xa0$" in confirmation.body and "TVQ (9,975 %) : 21,44\xa0$" in confirmation.body
    with translation.override("fr-ca"):
        status_path = reverse("customer:anon-order", kwargs={"order_number": order.number,
                                                             "hash": order.verification_hash()})
    assert status_path.startswith("/fr/") and status_path in confirmation.body
    staff = next(m for m in mail.outbox if m.to == ["info@bodybest.ca"])
    assert staff.subject.startswith(f"New order {order.number}")  # staff read English
    assert "$247.14" in staff.body and "Subtotal (before tax):" in staff.body
    assert "247,14" not in staff.body and "Sous-total" not in staff.body


def test_an_order_placed_in_english_gets_its_confirmation_in_english(
        client, fake_stripe, django_capture_on_commit_callbacks):
    _check_out(client, weighed_product("200.00"), "")
    with django_capture_on_commit_callbacks(execute=True):
        place_order(client, fake_stripe)
    order = Order.objects.get()
    assert OrderLanguage.of(order.pk) == "en-ca"
    confirmation = next(m for m in mail.outbox if m.to == ["marie@example.ca"])
    assert confirmation.subject == f"Confirmation of order {order.number}"
    assert "$247.14" in confirmation.body and "/fr/" not in confirmation.body


def test_an_order_without_a_recorded_language_is_mailed_in_english():
    """Orders placed before the store spoke French, or made in the dashboard."""
    order = create_order(guest_email="old@example.ca")
    assert not OrderLanguage.objects.filter(order=order).exists()
    message = order_mail.Confirmation().message(order.pk)
    assert message.subject == f"Confirmation of order {order.number}"
