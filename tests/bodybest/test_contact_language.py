"""A message from the French contact page reaches staff in English, saying to answer in French."""
import pytest
from django.core import mail
from django.utils import translation

from bodybest.models import ContactMessage

pytestmark = pytest.mark.django_db
MESSAGE = {"name": "Marie Tremblay", "email": "marie@example.ca", "message": "Est-ce que la table se plie?"}


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request to a French page leaves French active in this thread afterwards."""
    translation.activate("en-ca")
    yield
    translation.activate("en-ca")


@pytest.mark.parametrize("prefix, language, subject", [
    ("/fr", "fr-ca", "Contact form (in French: please answer in French): Marie Tremblay"),
    ("", "en-ca", "Contact form: Marie Tremblay"),
])
def test_staff_are_told_the_language_the_shopper_wrote_from(client, django_capture_on_commit_callbacks,
                                                            prefix, language, subject):
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"{prefix}/contact/", MESSAGE).status_code == 302
    assert ContactMessage.objects.get().language == language
    staff = mail.outbox[0]
    assert staff.subject == subject and staff.reply_to == ["marie@example.ca"]
    assert "Reply to this mail to answer the customer." in staff.body  # staff read English
