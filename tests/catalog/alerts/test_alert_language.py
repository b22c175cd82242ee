"""A back-in-stock alert asked for on a French page gets its mails in French, though a Celery
worker writes them later with no page around it (catalog.models.AlertLanguage); one asked for
in English, or kept before languages were, gets English."""
import pytest
from django.core import mail
from django.utils import translation
from oscar.core.loading import get_model

from tests import factories

pytestmark = pytest.mark.django_db
ProductAlert = get_model("customer", "ProductAlert")
StockRecord = get_model("partner", "StockRecord")
AlertLanguage = get_model("catalogue", "AlertLanguage")


def _restock(product):
    record = StockRecord.objects.get(product=product)
    record.num_in_stock = 5
    record.save()


def test_a_french_guests_confirmation_and_back_in_stock_mails_are_french(client, django_capture_on_commit_callbacks):
    product = factories.product(title="Pierres chaudes en basalte", stock=0, with_image=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/fr/accounts/alerts/create/{product.pk}/", {"email": "camille@example.ca"})
    assert response.status_code == 302
    translation.activate("en-ca")  # as a worker would be: nothing of the request's language left
    alert = ProductAlert.objects.get(product=product)
    assert AlertLanguage.of(alert.pk) == "fr-ca"
    [confirmation] = mail.outbox
    assert "/fr/" in confirmation.body and "Please confirm" not in confirmation.subject

    client.get(alert.get_confirm_url())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _restock(product)
    [back] = mail.outbox
    assert back.subject == "De retour en stock : Pierres chaudes en basalte"
    assert "/fr/catalogue/" in back.body


def test_an_english_alert_and_one_kept_without_a_language_are_mailed_in_english(
        django_user_model, django_capture_on_commit_callbacks):
    product = factories.product(title="Cedar stone set", stock=0, with_image=False)
    for name in ("noor", "lea"):
        user = django_user_model.objects.create_user(username=name, email=f"{name}@example.ca", password="x-pw-2024")
        alert = ProductAlert.objects.create(product=product, user=user)
        if name == "noor":
            AlertLanguage.objects.create(alert=alert, language="en-ca")
    with django_capture_on_commit_callbacks(execute=True):
        _restock(product)
    assert sorted(message.subject for message in mail.outbox) == ["Back in stock: Cedar stone set"] * 2
