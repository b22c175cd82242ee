"""An SMTP server that only counts what it accepts, for tests/bench/newsletter.py.

Run in a process of its own (`python -m tests.bench.smtp_sink`) so that it shares no GIL with
the bench. It binds two free ports on 127.0.0.1, prints "ready SMTP_PORT CONTROL_PORT", and
serves SMTP on the first. The second answers one-line commands: "stats" gives a JSON line
{"messages", "recipients", "unique", "duplicates"}; "reset" zeroes the counts.
Nothing is stored but the set of recipient addresses, to find duplicates.
"""
import asyncio
import json
import sys

from aiosmtpd.smtp import SMTP


class Counter:
    def __init__(self):
        self.reset()

    def reset(self):
        self.messages, self.duplicates, self.seen = 0, 0, set()

    async def handle_DATA(self, server, session, envelope):
        self.messages += 1
        for address in envelope.rcpt_tos:
            if address in self.seen:
                self.duplicates += 1
            else:
                self.seen.add(address)
        return "250 OK"

    def stats(self):
        return {"messages": self.messages, "recipients": len(self.seen) + self.duplicates,
                "unique": len(self.seen), "duplicates": self.duplicates}


async def serve():
    loop = asyncio.get_running_loop()
    counter = Counter()

    async def control(reader, writer):
        while line := (await reader.readline()).strip():
            if line == b"reset":
                counter.reset()
            writer.write(json.dumps(counter.stats()).encode() + b"\n")
            await writer.drain()
        writer.close()

    smtp = await loop.create_server(lambda: SMTP(counter, hostname="sink.bench", loop=loop),
                                    "127.0.0.1", 0)
    commands = await asyncio.start_server(control, "127.0.0.1", 0)
    print("ready", smtp.sockets[0].getsockname()[1], commands.sockets[0].getsockname()[1], flush=True)
    await asyncio.gather(smtp.serve_forever(), commands.serve_forever())


if __name__ == "__main__":
    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        sys.exit(0)
