"""Double opt-in: consent recorded, a signed expiring link, nothing revealed, nothing twice."""
import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.utils import timezone

from blog.newsletter import consent, tokens
from blog.newsletter.models import Consent, Subscriber

pytestmark = pytest.mark.django_db
THANKS = "If this address can join our list, a confirmation email is on its way"


def _sign_up(client, email="ada@example.ca", source="/blog/", **extra):
    data = {"email": email, "consent": "on", "next": source, **extra}
    return client.post("/newsletter/", data, REMOTE_ADDR="203.0.113.9",
                       **{"HTTP_X_TEST": "1"}, follow=True)


def _link(message):
    return re.search(r"http://[^/\s]+(/newsletter/confirm/[^\s\"<]+/)", message.body).group(1)


def test_the_footer_of_every_page_has_the_form_with_an_unticked_consent_box(client):
    page = client.get("/").content.decode()
    assert "Join our Newsletter List" in page and "Be the first to know about our newest articles" in page
    box = re.search(r'<input type="checkbox"[^>]*id="newsletter-footer-consent"[^>]*>', page).group(0)
    assert "checked" not in box
    assert "Body Best Therapeutic Supplies Inc." in page and "withdraw your consent at any time" in page
    assert "info@bodybest.ca" in page and "1-800 881 1681" in page


def test_the_blog_has_its_own_form_instead_of_the_footers(client, django_capture_on_commit_callbacks):
    from tests import factories

    factories.article()
    page = client.get("/blog/").content.decode()
    assert 'id="newsletter-blog-email"' in page and 'id="newsletter-footer-email"' not in page


def test_signing_up_records_consent_and_mails_a_signed_link(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_up(client, source="/contact/")
    assert THANKS in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.PENDING and subscriber.email == "ada@example.ca"
    record = Consent.objects.get()
    assert (record.ip_address, record.source_page, record.text_version) == (
        "203.0.113.9", "/contact/", consent.CURRENT_VERSION)
    assert record.given and record.confirmed is None
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ada@example.ca"]
    assert mail.outbox[0].alternatives[0][1] == "text/html"

    confirm_page = client.get(_link(mail.outbox[0]))
    assert confirm_page.status_code == 200 and Subscriber.objects.get().status == Subscriber.PENDING
    done = client.post(_link(mail.outbox[0]))
    assert "You are subscribed" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.CONFIRMED and subscriber.confirmed
    assert Consent.objects.get().confirmed


def test_signing_up_again_sends_no_second_mail_and_answers_the_same(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = _sign_up(client)
        again = _sign_up(client, email="ADA@Example.CA".replace("ADA", "ada"))
        stranger = _sign_up(client, email="nobody-yet@example.ca")
    assert THANKS in first.content.decode() and THANKS in again.content.decode() and THANKS in stranger.content.decode()
    assert [m.to for m in mail.outbox] == [["ada@example.ca"], ["nobody-yet@example.ca"]]
    Subscriber.objects.filter(email="ada@example.ca").update(status=Subscriber.CONFIRMED)
    with django_capture_on_commit_callbacks(execute=True):
        confirmed_again = _sign_up(client)
    assert THANKS in confirmed_again.content.decode() and len(mail.outbox) == 2


def test_an_expired_link_is_refused_and_changes_nothing(client, django_capture_on_commit_callbacks, settings):
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client)
    link = _link(mail.outbox[0])
    settings.NEWSLETTER_CONFIRM_DAYS = -1
    response = client.post(link)
    assert response.status_code == 400 and "expired" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.PENDING


@pytest.mark.parametrize("token", ["nonsense", signing.dumps([1, "x"], salt="other"), "a" * 400],
                         ids=["nonsense", "other-salt", "too-long"])
def test_forged_confirmation_links_are_refused(client, token):
    response = client.post(f"/newsletter/confirm/{token}/")
    assert response.status_code == 400 and "not valid" in response.content.decode()


def test_a_replaced_link_no_longer_works_and_a_used_one_changes_nothing(
        client, django_capture_on_commit_callbacks, settings):
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client)
    old = _link(mail.outbox[0])
    Subscriber.objects.update(confirmation_sent=timezone.now() - timedelta(days=30))
    with django_capture_on_commit_callbacks(execute=True):
        _sign_up(client)  # the old link had lapsed: a new one is sent
    new = _link(mail.outbox[1])
    assert client.post(old).status_code == 400
    assert client.post(new).status_code == 200
    assert client.post(new).status_code == 200  # used again: still subscribed, nothing changes
    assert Subscriber.objects.get().status == Subscriber.CONFIRMED


@pytest.mark.parametrize("data, message", [
    ({"email": "not-an-address", "consent": "on"}, "Enter a valid email address"),
    ({"email": "a" * 250 + "@example.ca", "consent": "on"}, "at most 254 characters"),
    ({"email": "ada@example.ca"}, "Tick the box"),
    ({"email": "", "consent": "on"}, "This field is required"),
])
def test_bad_signups_get_a_clear_message_and_store_nothing(client, data, message):
    response = client.post("/newsletter/", data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Subscriber.objects.exists() and not Consent.objects.exists()


@pytest.mark.parametrize("data, field", [
    ({"email": "ada@example.ca"}, "signup-consent"),
    ({"email": "not-an-address", "consent": "on"}, "signup-email"),
])
def test_a_refused_field_is_marked_and_names_its_message(client, data, field):
    page = client.post("/newsletter/", data).content.decode()
    control = re.search(rf'<input[^>]*id="{field}"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in control
    described = re.search(r'aria-describedby="([^"]+)"', control).group(1)
    assert re.search(rf'id="{described}"[^>]*>[^<]+<', page)


def test_a_signup_flood_from_one_address_is_stopped(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        codes = [client.post("/newsletter/", {"email": f"bot{n}@example.ca", "consent": "on"},
                             REMOTE_ADDR="198.51.100.7").status_code for n in range(8)]
    assert codes[:5] == [302] * 5 and codes[5:] == [429] * 3
    assert Subscriber.objects.count() == 5 and len(mail.outbox) == 5


def test_an_offsite_next_address_is_not_followed(client):
    response = client.post("/newsletter/", {"email": "ada@example.ca", "consent": "on",
                                            "next": "https://evil.example/"})
    assert response["Location"] == "/blog/"


def test_unsubscribing_takes_one_click_no_login_and_works_after_sixty_days(client, monkeypatch):
    subscriber = Subscriber.objects.create(email="ada@example.ca", status=Subscriber.CONFIRMED)
    token = tokens.unsubscribe_token(subscriber)
    later = timezone.now().timestamp() + 61 * 86400
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.get(f"/newsletter/unsubscribe/{token}/")
    assert response.status_code == 200 and "You are unsubscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.UNSUBSCRIBED and subscriber.unsubscribed


def test_the_one_click_post_of_rfc_8058_unsubscribes_without_a_csrf_token(client):
    from django.test import Client

    subscriber = Subscriber.objects.create(email="ada@example.ca", status=Subscriber.CONFIRMED)
    mail_program = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    response = mail_program.post(f"/newsletter/unsubscribe/{tokens.unsubscribe_token(subscriber)}/",
                                 {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.UNSUBSCRIBED


@pytest.mark.parametrize("token", ["forged", signing.dumps(1, salt="bodybest.newsletter.confirm")],
                         ids=["forged", "confirmation-token"])
def test_a_forged_unsubscribe_token_is_refused_and_changes_nothing(client, token):
    subscriber = Subscriber.objects.create(email="ada@example.ca", status=Subscriber.CONFIRMED)
    response = client.get(f"/newsletter/unsubscribe/{token}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.CONFIRMED
