"""A real SMTP server for tests (aiosmtpd), recording what it accepts.

Like a real MTA it keeps a message once its final dot has arrived, even if the client hangs up
before the reply (Postfix: "lost connection after END-OF-MESSAGE"); aiosmtpd on its own drops
it. `delay` is how long it takes to answer each message, as a real server's queue write does.
"""
import asyncio
import socket
from contextlib import contextmanager


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self, port, delay=0.0):
        self.port = port
        self.delay = delay
        self.messages = []  # (recipients, content bytes)

    @property
    def recipients(self):
        return [address for rcpt_tos, _ in self.messages for address in rcpt_tos]

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 OK"


@contextmanager
def smtp_server(port=None, delay=0.0):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP

    class KeepsWhatArrived(SMTP):
        def eof_received(self):
            return asyncio.StreamReaderProtocol.eof_received(self)

    class MTA(Controller):
        def factory(self):
            return KeepsWhatArrived(self.handler, **self.SMTP_kwargs)

    inbox = Inbox(port or free_port(), delay)
    controller = MTA(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()
