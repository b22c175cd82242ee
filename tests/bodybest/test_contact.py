import pytest
from django.core import mail

from bodybest.models import ContactMessage

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Dana Roy",
    "email": "dana@example.ca",
    "phone": "416 555 0199",
    "order_number": "",
    "message": "Does the Cedar table fold to fit a hatchback?",
}


def test_contact_page_shows_hours_and_a_click_to_call_link(client):
    page = client.get("/contact/").content.decode()
    assert 'href="tel:+18008811681"' in page
    assert "Business hours" in page
    assert "csrfmiddlewaretoken" in page


def test_a_message_reaches_staff_by_mail_after_the_request(
    client, settings, django_capture_on_commit_callbacks
):
    settings.STORE_STAFF_EMAIL = "team@bodybest.ca"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post("/contact/", GOOD)
        assert mail.outbox == []  # nothing is sent inside the request
    assert response.status_code == 302
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["team@bodybest.ca"]
    assert sent.reply_to == ["dana@example.ca"]
    assert "hatchback" in sent.body
    assert ContactMessage.objects.get().mailed_at is not None


def test_a_message_is_mailed_once_even_if_the_task_runs_twice(client, django_capture_on_commit_callbacks):
    from bodybest.tasks import mail_contact_message

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/contact/", GOOD)
    mail_contact_message(ContactMessage.objects.get().pk)
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "change, field",
    [({"email": "not-an-address"}, "email"), ({"message": ""}, "message"), ({"name": ""}, "name"),
     ({"message": "x" * 5001}, "message")],
)
def test_bad_contact_input_gets_a_400_with_the_message_kept(client, change, field):
    response = client.post("/contact/", {**GOOD, **change})
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert ContactMessage.objects.count() == 0
    if field != "message":
        assert GOOD["message"] in response.content.decode()  # what was typed is not lost


@pytest.mark.parametrize("name", ["Dana\nRoy", "Dana\r\nBcc: list@example.com", "Dana\u2028Roy", "Dana\tRoy"])
def test_a_name_on_more_than_one_line_is_refused_with_a_message(client, name, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/contact/", {**GOOD, "name": name})
    assert response.status_code == 400
    assert response.context["form"].errors["name"] == ["Write this on one line, without line breaks or tabs."]
    assert ContactMessage.objects.count() == 0 and mail.outbox == []


def test_a_stored_message_whose_name_has_a_line_break_is_still_mailed(django_capture_on_commit_callbacks):
    """Kept from before the form refused them, or typed in by staff: mailed all the same, the
    name on one line in the subject."""
    from bodybest.tasks import mail_contact_message

    message = ContactMessage.objects.create(name="Dana\nRoy", email="dana@example.ca", message="Hello")
    mail_contact_message(message.pk)
    assert [m.subject for m in mail.outbox] == ["Contact form: Dana Roy"]
    assert "Name: Dana\nRoy" in mail.outbox[0].body
