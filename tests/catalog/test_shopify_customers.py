"""The Shopify customer import (catalog/shopify/customers.py, `manage.py import_shopify
customers`), fed tests/catalog/shopify_samples/customers.csv, written in Shopify's customer
export columns; and the two mails staff may choose to send from the admin."""
import csv
import re
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from blog.newsletter.models import Subscriber
from bodybest.models import ShopifyCustomer

pytestmark = pytest.mark.django_db

EXPORT = Path(__file__).parent / "shopify_samples" / "customers.csv"
User = get_user_model()


def _run(*args):
    out = StringIO()
    call_command("import_shopify", "customers", str(EXPORT), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def _snapshot():
    return (
        sorted(User.objects.values_list("email", "first_name", "last_name", "password")),
        sorted(ShopifyCustomer.objects.values_list("user__email", "phone", "tags", "note", "accepts_email_marketing")),
        sorted((a.user.email, a.line1, a.line2, a.line4, a.state, a.postcode, str(a.phone_number),
                a.is_default_for_shipping) for a in get_user_model()._meta.get_field("addresses").related_model
               .objects.select_related("user")),
    )


def test_customers_come_in_with_their_address_phone_tags_and_note_and_no_password(tmp_path):
    report = tmp_path / "refused.csv"
    output = _run("--report", str(report))

    assert "3 new, 0 changed, 0 unchanged, 2 refused customers" in output
    helene = User.objects.get(email__iexact="helene.cote@example.ca")
    assert (helene.first_name, helene.last_name) == ("Hélène", "Côté")
    assert not helene.has_usable_password()
    address = helene.addresses.get(is_default_for_shipping=True)
    assert (address.line1, address.line2, address.line4, address.state, address.postcode) == (
        "1234, rue Saint-Denis", "app. 3", "Montréal", "QC", "H2X 3K1")
    assert address.is_default_for_billing and address.country.iso_3166_1_a2 == "CA"
    profile = helene.shopify_customer
    assert profile.phone == "+1 514-555-0142" and profile.tags == "vip, yoga"
    assert profile.note == "Livraison après 17 h,\nsonner deux fois"
    assert profile.accepts_email_marketing and profile.consent_source.startswith("shopify-export 20")

    mark = User.objects.get(email="mark.ng@example.com")
    assert not mark.addresses.exists() and not mark.shopify_customer.accepts_email_marketing
    assert User.objects.get(email="jo.lee@example.ca").addresses.get().postcode == "K1P 5N2"

    with open(report, encoding="utf-8", newline="") as handle:
        refused = list(csv.reader(handle))
    assert refused[0] == ["row", "email", "reason"]
    assert [(row[0], row[1]) for row in refused[1:]] == [("4", "not-an-email"), ("5", "sam@example.com")]
    assert "Not an email address" in refused[1][2] and "province" in refused[2][2]
    assert not User.objects.filter(email="sam@example.com").exists()


def test_accepting_email_marketing_in_shopify_subscribes_no_one():
    _run()
    assert ShopifyCustomer.objects.filter(accepts_email_marketing=True).count() == 2
    assert not Subscriber.objects.exists()


def test_a_second_run_of_the_same_export_changes_nothing():
    _run()
    before = _snapshot()
    output = _run()
    assert "0 new, 0 changed, 3 unchanged, 2 refused customers" in output
    assert _snapshot() == before


def test_a_later_export_updates_names_and_address_of_the_same_account_whatever_the_case(tmp_path):
    _run()
    later = tmp_path / "later.csv"
    text = EXPORT.read_text(encoding="utf-8").replace("Helene.Cote@Example.ca", "HELENE.COTE@example.ca")
    later.write_text("\ufeff" + text.replace("h2x3k1", "H2T 1S6").replace("Hélène,", "Héloïse,").replace("\n", "\r\n"),
                     encoding="utf-8")
    out = StringIO()
    call_command("import_shopify", "customers", str(later), stdout=out, stderr=StringIO())
    assert "0 new, 1 changed, 2 unchanged" in out.getvalue()
    helene = User.objects.get(email__iexact="helene.cote@example.ca")
    assert helene.first_name == "Héloïse"
    assert helene.addresses.get().postcode == "H2T 1S6"


def test_a_dry_run_changes_nothing():
    output = _run("--dry-run")
    assert "Dry run, nothing changed. Would be: 3 new" in output
    assert not User.objects.exists() and not ShopifyCustomer.objects.exists()


def test_an_existing_account_is_matched_by_email_and_keeps_its_password():
    user = User.objects.create_user(username="jo", email="Jo.Lee@example.ca", password="my-old-pw-2024")
    _run()
    assert User.objects.filter(email__iexact="jo.lee@example.ca").count() == 1
    user.refresh_from_db()
    assert user.check_password("my-old-pw-2024") and user.shopify_customer.accepts_sms_marketing


def _claim_link(message):
    return re.search(r"https?://[^/\s]+(/\S*password-reset/confirm/\S+/)", message.body).group(1)


def test_the_claim_mail_goes_only_when_staff_send_it_and_its_link_sets_a_password(
        admin_client, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _run()
    assert mail.outbox == []

    helene = ShopifyCustomer.objects.get(user__email__iexact="helene.cote@example.ca")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("admin:bodybest_shopifycustomer_changelist"),
                          {"action": "send_claim_mail", "_selected_action": [helene.pk]})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Helene.Cote@example.ca"]
    assert "password" in message.subject and "Hélène" in message.body
    assert "Choose my password" in message.alternatives[0][0]

    with django_capture_on_commit_callbacks(execute=True):  # a second click sends nothing more
        admin_client.post(reverse("admin:bodybest_shopifycustomer_changelist"),
                          {"action": "send_claim_mail", "_selected_action": [helene.pk]})
    assert len(mail.outbox) == 1

    form_page = client.get(_claim_link(message), follow=True)
    assert form_page.status_code == 200
    done = client.post(form_page.redirect_chain[-1][0] if form_page.redirect_chain else _claim_link(message),
                       {"new_password1": "Saint-Denis-1234!", "new_password2": "Saint-Denis-1234!"})
    assert done.status_code == 302
    client.logout()
    signed_in = client.post("/accounts/login/", {"login-username": "helene.cote@example.ca",
                                                 "login-password": "Saint-Denis-1234!", "login_submit": "1"})
    assert signed_in.status_code == 302
    assert int(client.session["_auth_user_id"]) == helene.user_id


def test_the_claim_mail_is_in_french_for_a_customer_recorded_as_french(admin_client, django_capture_on_commit_callbacks):
    _run()
    ShopifyCustomer.objects.filter(user__email="mark.ng@example.com").update(language="fr-ca")
    mark = ShopifyCustomer.objects.get(user__email="mark.ng@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("admin:bodybest_shopifycustomer_changelist"),
                          {"action": "send_claim_mail", "_selected_action": [mark.pk]})
    assert mail.outbox[0].subject.startswith("Votre compte Body Best")
    assert "mot de passe" in mail.outbox[0].body


def test_asking_permission_mails_a_confirmation_and_confirms_no_one(admin_client, django_capture_on_commit_callbacks):
    _run()
    everyone = list(ShopifyCustomer.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("admin:bodybest_shopifycustomer_changelist"),
                          {"action": "ask_newsletter_permission", "_selected_action": everyone})
    pending = Subscriber.objects.all()
    assert sorted(s.email for s in pending) == ["Helene.Cote@example.ca", "jo.lee@example.ca"]
    assert all(s.status == Subscriber.PENDING for s in pending)
    assert pending.get(email="jo.lee@example.ca").consents.get().source_page.startswith("shopify-export")
    assert sorted(m.to[0] for m in mail.outbox) == ["Helene.Cote@example.ca", "jo.lee@example.ca"]


def test_staff_read_the_phone_tags_and_note_in_the_admin(admin_client):
    _run()
    helene = ShopifyCustomer.objects.get(user__email__iexact="helene.cote@example.ca")
    listing = admin_client.get(reverse("admin:bodybest_shopifycustomer_changelist"), {"q": "yoga"}).content.decode()
    assert "Helene.Cote@example.ca" in listing and "mark.ng@example.com" not in listing
    page = admin_client.get(reverse("admin:bodybest_shopifycustomer_change", args=[helene.pk])).content.decode()
    assert "+1 514-555-0142" in page and "sonner deux fois" in page and "shopify-export" in page


def test_the_same_address_twice_in_one_file_is_refused_the_second_time(tmp_path):
    doubled = tmp_path / "doubled.csv"
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    doubled.write_text("\n".join([*lines, lines[-1].replace("Jo,Lee", "Joanne,Lee")]) + "\n", encoding="utf-8")
    out = StringIO()
    call_command("import_shopify", "customers", str(doubled), stdout=out, stderr=StringIO())
    assert "row 7 (jo.lee@example.ca): This email address is on an earlier row of the file." in out.getvalue()
    assert User.objects.get(email="jo.lee@example.ca").first_name == "Jo"
