"""The contact form takes CONTACT_RATE messages per client address; past that, a 429 page says
what happened and how else to reach us, and nothing is stored or mailed."""
import pytest

from bodybest.models import ContactMessage

pytestmark = pytest.mark.django_db


def _send(client, n):
    return client.post("/contact/", {
        "name": "Sam Flooder", "email": "sam@example.ca", "phone": "", "order_number": "",
        "message": f"Message number {n} about a table.",
    })


def test_past_the_rate_a_message_is_refused_with_429_and_a_clear_page(client, settings, mailoutbox):
    settings.CONTACT_RATE = "3/h"
    for n in range(3):
        assert _send(client, n).status_code == 302
    response = _send(client, 3)
    assert response.status_code == 429
    html = response.content.decode()
    assert "several messages from your connection in a short time" in html
    assert settings.STORE_PHONE in html
    assert ContactMessage.objects.count() == 3


def test_reading_the_contact_page_is_never_limited(client, settings):
    settings.CONTACT_RATE = "1/h"
    for _ in range(3):
        assert client.get("/contact/").status_code == 200
