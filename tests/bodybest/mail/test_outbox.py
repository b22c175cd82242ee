"""Transactional mail through bodybest/mail/: one row per message, sent once however often its
task runs, retried after a failure, swept when its task was lost or its worker died."""
from datetime import timedelta
from smtplib import SMTPRecipientsRefused, SMTPServerDisconnected

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from bodybest.mail import outbox
from bodybest.mail.models import OutgoingMail
from bodybest.mail.tasks import deliver_mail, sweep_outgoing_mail
from bodybest.models import ContactMessage
from tests.smtp_server import smtp_server

pytestmark = pytest.mark.django_db


def contact(name="Dana Roy"):
    return ContactMessage.objects.create(name=name, email="dana@example.ca", message="Does it fold?")


def test_a_mail_goes_once_however_often_it_is_delivered():
    message = contact()
    mail_id = outbox.add("contact-message", message.pk)
    assert outbox.add("contact-message", message.pk) == mail_id  # one row per message
    for _ in range(3):
        assert outbox.deliver(mail_id) is None
    assert [m.subject for m in mail.outbox] == ["Contact form: Dana Roy"]
    row = OutgoingMail.objects.get()
    assert (row.status, row.attempts) == (OutgoingMail.SENT, 1) and row.sent is not None
    message.refresh_from_db()
    assert message.mailed_at is not None


def test_the_sweep_sends_what_a_lost_task_or_a_dead_worker_left_and_nothing_else(settings):
    now = timezone.now()
    lost_task, dead_worker, queued_now, being_sent = (contact(f"Writer {n}") for n in range(4))
    rows = {message.pk: OutgoingMail.objects.get(pk=outbox.add("contact-message", message.pk))
            for message in (lost_task, dead_worker, queued_now, being_sent)}
    OutgoingMail.objects.filter(pk=rows[lost_task.pk].pk).update(next_attempt=now - timedelta(seconds=1))
    OutgoingMail.objects.filter(pk=rows[dead_worker.pk].pk).update(
        status=OutgoingMail.SENDING, attempts=1,
        claimed=now - timedelta(seconds=settings.MAIL_CLAIM_TIMEOUT_SECONDS + 1))
    OutgoingMail.objects.filter(pk=rows[being_sent.pk].pk).update(
        status=OutgoingMail.SENDING, attempts=1, claimed=now - timedelta(seconds=5))

    assert sweep_outgoing_mail() == "2 queued"
    assert sorted(m.subject for m in mail.outbox) == ["Contact form: Writer 0", "Contact form: Writer 1"]
    assert deliver_mail(rows[being_sent.pk].pk).startswith("waits")  # a live worker has it
    assert sweep_outgoing_mail() == "0 queued"
    assert len(mail.outbox) == 2


class Refusing(EmailBackend):
    def send_messages(self, messages):
        raise SMTPRecipientsRefused({messages[0].to[0]: (550, b"No such mailbox")})


def test_a_refused_mail_is_retried_with_backoff_then_given_up(settings):
    settings.EMAIL_BACKEND = "tests.bodybest.mail.test_outbox.Refusing"
    settings.MAIL_MAX_ATTEMPTS, settings.MAIL_RETRY_SECONDS = 2, 60
    mail_id = outbox.add("contact-message", contact().pk)
    assert outbox.deliver(mail_id) == 60
    row = OutgoingMail.objects.get()
    assert row.status == OutgoingMail.PENDING and "No such mailbox" in row.error
    assert row.next_attempt > timezone.now() + timedelta(seconds=50)
    assert outbox.deliver(mail_id) is None
    assert OutgoingMail.objects.get().status == OutgoingMail.FAILED


def test_a_mail_whose_object_is_gone_is_not_sent():
    message = contact()
    mail_id = outbox.add("contact-message", message.pk)
    message.delete()
    assert outbox.deliver(mail_id) is None
    row = OutgoingMail.objects.get()
    assert mail.outbox == [] and (row.status, row.error) == (OutgoingMail.SKIPPED, "nothing to send")
    assert outbox.deliver(mail_id) is None and mail.outbox == []  # and it stays skipped


class LosesTheConnection:
    """A two-phase sender whose connection breaks just before or just after the final dot."""

    raw = True
    sends = []

    def __init__(self, after_the_dot):
        self.after_the_dot = after_the_dot

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def send(self, message, mark_sent):
        self.sends.append(message)
        mark_sent()
        self.dot_written = self.after_the_dot
        raise SMTPServerDisconnected("Connection unexpectedly closed")


def test_a_connection_lost_after_the_final_dot_is_not_sent_again(monkeypatch):
    """The server most likely kept the message: sending it again could deliver it twice."""
    monkeypatch.setattr(LosesTheConnection, "sends", [])
    monkeypatch.setattr(outbox, "sender", lambda: LosesTheConnection(after_the_dot=True))
    mail_id = outbox.add("contact-message", contact().pk)
    assert outbox.deliver(mail_id) is None
    assert outbox.deliver(mail_id) is None
    assert len(LosesTheConnection.sends) == 1 and OutgoingMail.objects.get().status == OutgoingMail.SENT


def test_a_connection_lost_before_the_final_dot_is_sent_again(monkeypatch):
    """The row was marked sent, but the server never got the dot, so it dropped the message."""
    monkeypatch.setattr(LosesTheConnection, "sends", [])
    monkeypatch.setattr(outbox, "sender", lambda: LosesTheConnection(after_the_dot=False))
    mail_id = outbox.add("contact-message", contact().pk)
    assert outbox.deliver(mail_id) == 60
    row = OutgoingMail.objects.get()
    assert row.status == OutgoingMail.PENDING and "unexpectedly closed" in row.error
    monkeypatch.setattr(outbox, "sender", lambda: LosesTheConnection(after_the_dot=True))
    outbox.deliver(mail_id)
    assert len(LosesTheConnection.sends) == 2


def test_the_embedded_default_writes_each_mail_to_a_file_once(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    mail_id = outbox.add("contact-message", contact().pk)
    outbox.deliver(mail_id)
    outbox.deliver(mail_id)
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and "Subject: Contact form: Dana Roy" in files[0].read_text()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_over_smtp_on_postgresql_the_mark_and_the_message_go_once(settings):
    with smtp_server() as inbox:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", inbox.port, 5
        mail_id = outbox.add("contact-message", contact().pk)
        assert deliver_mail(mail_id) == "sent"
        assert deliver_mail(mail_id) == "sent"
    assert inbox.recipients == [settings.STORE_STAFF_EMAIL]
    assert OutgoingMail.objects.get().status == OutgoingMail.SENT
