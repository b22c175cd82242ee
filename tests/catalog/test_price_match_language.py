"""A price match request remembers the language the shopper asked in: the link confirming
their address and the decision staff make later are mailed in it."""
from decimal import Decimal as D

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation

from catalog.price_match.models import PriceMatchRequest
from tests import factories

pytestmark = pytest.mark.django_db

FORM = {
    "competitor_name": "Fournitures Massage inc.", "competitor_url": "https://www.massagesupply.ca/northpoint-pro",
    "competitor_price": "179.99", "competitor_shipping": "0.00", "identical": "on",
    "name": "Marie Tremblay", "email": "marie@example.ca", "order_number": "",
}


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request to a French page leaves French active in this thread afterwards."""
    translation.activate("en-ca")
    yield
    translation.activate("en-ca")


def french(msgid):
    """The French of one of our mail subjects; a test of it fails while it has none."""
    with translation.override("fr-ca"):
        text = translation.gettext(msgid)
    assert text != msgid, f"no French for {msgid!r}"
    return text


def _ask(prefix):
    """A guest asks (the staff_client fixture signs in the default client)."""
    client = Client(HTTP_HOST="localhost")
    gun = factories.product(title="Northpoint Pro gun", price=D("199.00"), with_image=False)
    response = client.post(f"{prefix}/price-match/request/{gun.pk}/", FORM)
    assert response.status_code == 302, response.content.decode()[:1000]
    translation.activate("en-ca")  # the mails must not depend on the language left active
    return PriceMatchRequest.objects.get()


def test_a_request_from_a_french_page_is_confirmed_and_decided_in_french(
        staff_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        match = _ask("/fr")
    assert match.language == "fr-ca"
    link = mail.outbox[0]
    assert link.subject == french("Confirm your price match request")
    assert "/fr/price-match/confirm/" in link.body
    PriceMatchRequest.objects.filter(pk=match.pk).update(verified=match.created)

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/dashboard/price-match/{match.pk}/approve/", {"status": "pending"})
    decision = mail.outbox[1]
    match.refresh_from_db()
    assert match.status == PriceMatchRequest.APPROVED and decision.to == ["marie@example.ca"]
    assert decision.subject == french("Your price match is approved")
    assert '<html lang="fr">' in decision.alternatives[0][0]
    assert f"/fr/price-match/apply/{match.voucher.code}/" in decision.body


def test_a_request_from_an_english_page_is_mailed_in_english(staff_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        match = _ask("")
    assert match.language == "en-ca"
    assert mail.outbox[0].subject == "Confirm your price match request"
    PriceMatchRequest.objects.filter(pk=match.pk).update(verified=match.created)
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/dashboard/price-match/{match.pk}/reject/", {"reason": "Not the same model."})
    assert mail.outbox[1].subject == "About your price match request"
    assert "/fr/" not in mail.outbox[1].body
