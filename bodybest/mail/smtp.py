"""Sending one message so that it is never delivered twice, whatever moment a worker dies.

SMTP accepts a message at the final "." of its DATA (Postfix, say, keeps a message whose
client vanished after the dot: "lost connection after END-OF-MESSAGE"). We send the whole message except
that dot, mark its row sent in the database, then send the dot:
- killed before the mark: the server never got the dot and drops the message; the row is
  still "sending" and is sent again later;
- killed after the mark: the row says sent and is never sent again (the message is lost only
  if the process dies in the microseconds between the commit and writing the dot).
Django's mail backends send in one call, so they cannot do this; other backends (files under
var/mail/, the test outbox) are used as they are.
"""
import re
import smtplib
import socket
import ssl

from django.conf import settings
from django.core.mail import get_connection

_LEADING_DOT = re.compile(rb"(?m)^\.")


class TwoPhaseSMTP:
    raw = True  # takes blog.newsletter.mail.RawMessage as well as Django messages

    def __init__(self):
        self.connection = None
        self.dot_written = False

    def __enter__(self):
        timeout = settings.EMAIL_TIMEOUT or 30
        if settings.EMAIL_USE_SSL:
            self.connection = smtplib.SMTP_SSL(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=timeout,
                                               context=ssl.create_default_context())
        else:
            self.connection = smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=timeout)
            if settings.EMAIL_USE_TLS:
                self.connection.starttls(context=ssl.create_default_context())
        self.connection.ehlo_or_helo_if_needed()
        if settings.EMAIL_HOST_USER:
            self.connection.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        # The final dot is a small write after the body: with Nagle's algorithm it waited about
        # 40 ms for the server's delayed ACK, every message (45 messages/s instead of 500).
        self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self

    def __exit__(self, exc_type, *exc):
        if exc_type is not None:  # maybe mid-DATA: drop the line, so nothing half-sent is accepted
            self.connection.close()
            return
        try:
            self.connection.quit()
        except (smtplib.SMTPException, OSError):
            self.connection.close()

    def send(self, message, mark_sent):
        """Send `message` (a Django EmailMessage or a mail.RawMessage). `mark_sent()` starts
        marking the row sent just before the final dot and returns a callable that waits for
        that mark to be done, called once the dot is written (bodybest/mail/marks.py).
        Raises smtplib.SMTPException or OSError when the message is not accepted; `dot_written`
        then tells whether the server may have it all the same (the connection broke after the
        final dot, before its reply)."""
        smtp = self.connection
        self.dot_written = False
        data = message.data if hasattr(message, "data") else message.message().as_bytes(linesep="\r\n")
        code, reply = smtp.mail(message.from_email)
        if code != 250:
            smtp.rset()
            raise smtplib.SMTPSenderRefused(code, reply, message.from_email)
        for recipient in message.recipients():
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                smtp.rset()
                raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
        smtp.putcmd("data")
        code, reply = smtp.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        body = _LEADING_DOT.sub(b"..", data)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        smtp.send(body)
        marked = mark_sent()
        smtp.send(b".\r\n")
        self.dot_written = True
        if marked is not None:
            marked()
        code, reply = smtp.getreply()
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)


class BackendSender:
    """Any other Django mail backend (files under var/mail/, the test outbox)."""

    raw = False

    def __enter__(self):
        self.connection = get_connection()
        self.connection.open()
        return self

    def __exit__(self, *exc):
        self.connection.close()

    def send(self, message, mark_sent):
        message.connection = self.connection
        mark_sent()
        message.send()


def sender():
    if settings.EMAIL_BACKEND == "django.core.mail.backends.smtp.EmailBackend":
        return TwoPhaseSMTP()
    return BackendSender()
