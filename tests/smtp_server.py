"""A real SMTP server for tests (aiosmtpd), recording what it accepts.

Like a real MTA it keeps a message once its final dot has arrived, even if the client hangs up
before the reply (Postfix: "lost connection after END-OF-MESSAGE"); aiosmtpd on its own drops
it. `delay` is how long it takes to answer each message, as a real server's queue write does.
`hold()` stops sessions at chosen moments until `release()`, so a test can kill a client there.
"""
import asyncio
import socket
import threading
from contextlib import contextmanager

# The moments a session can be held at, in the order a client meets them.
STAGES = (
    "ehlo",  # connected, before the server answers EHLO: nothing of the message sent yet
    "rcpt",  # before the server answers RCPT TO: the envelope begun, nothing of the message sent
    "data",  # envelope given, before the server answers DATA with 354: the message not yet sent
    "dot",   # the whole message and its final dot arrived (kept), before the 250 reply
)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self, port, delay=0.0):
        self.port = port
        self.delay = delay
        self.messages = []  # (recipients, content bytes)
        self._holds = []  # (stage, recipient or None) still to hold a session at, one session each
        self._held = []  # ((stage, recipient or None), session) of the sessions held now
        self._released = threading.Event()
        self._lock = threading.Lock()

    def hold(self, *stages, to=None):
        """The next session to reach each of `stages` (with `to` among its recipients, if given;
        not at "ehlo", where none are known) waits there until `release()`; a session is held
        once at most."""
        assert all(stage in STAGES for stage in stages) and not (to and "ehlo" in stages), stages
        with self._lock:
            self._holds.extend((stage, to) for stage in stages)
            self._released.clear()

    @property
    def held(self):
        """(stage, recipient or None) of each hold a session waits at now, sorted."""
        with self._lock:
            return sorted((hold for hold, _ in self._held), key=str)

    def release(self):
        with self._lock:
            self._holds.clear()
            self._held.clear()
        self._released.set()

    async def wait_at(self, stage, session, recipients=()):
        with self._lock:
            if any(held is session for _, held in self._held):
                return
            hold = next((h for h in self._holds if h[0] == stage and (h[1] is None or h[1] in recipients)), None)
            if hold is None:
                return
            self._holds.remove(hold)
            self._held.append((hold, session))
        while not self._released.is_set():
            await asyncio.sleep(0.02)

    @property
    def recipients(self):
        return [address for rcpt_tos, _ in self.messages for address in rcpt_tos]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await self.wait_at("rcpt", session, [address])
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        await self.wait_at("dot", session, envelope.rcpt_tos)
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

        async def smtp_EHLO(self, hostname):
            await self.event_handler.wait_at("ehlo", self.session)
            return await super().smtp_EHLO(hostname)

        async def smtp_DATA(self, arg):
            await self.event_handler.wait_at("data", self.session, self.envelope.rcpt_tos)
            return await super().smtp_DATA(arg)

    class MTA(Controller):
        def factory(self):
            return KeepsWhatArrived(self.handler, **self.SMTP_kwargs)

    inbox = Inbox(port or free_port(), delay)
    controller = MTA(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        inbox.release()
        controller.stop()
