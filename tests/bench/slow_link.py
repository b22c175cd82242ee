"""A slow network link for benchmarks: a TCP forwarder that delivers every answer late.

``make bench-workers`` (tests/bench/workers.py) puts one between the store and PostgreSQL to
give the store a page that spends its time waiting on the network, as a page calling Stripe
does, without adding any code to the store: each answer from the far side is held ``delay``
seconds, then passed on in order. Requests travel at full speed, so a query costs one delay
per round trip, and the workers wait with their CPU idle.
"""
import asyncio
import socket
import threading


class SlowLink:
    """Forwards a free port of 127.0.0.1 to ``host``:``port``, holding each chunk the far side
    sends ``delay`` seconds (measured from its arrival, so a long answer in several chunks is
    late once, not once per chunk). Use as a context manager; ``port`` is where to connect."""

    def __init__(self, host, port, delay):
        self.target = (host, port)
        self.delay = delay
        self.port = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server = None

    def __enter__(self):
        self._thread.start()
        listening = socket.create_server(("127.0.0.1", 0))
        self.port = listening.getsockname()[1]
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._forward, sock=listening), self._loop).result(10)
        return self

    def __exit__(self, *exc_info):
        async def close():
            self._server.close()
            tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _forward(self, client_reader, client_writer):
        try:
            far_reader, far_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.close()
            return
        try:
            await asyncio.gather(_pipe(client_reader, far_writer, 0),
                                 _pipe(far_reader, client_writer, self.delay),
                                 return_exceptions=True)
        except asyncio.CancelledError:
            # The link is closing. Ending quietly matters: asyncio's streams (Python 3.11)
            # report a cancelled connection handler as an unhandled error.
            client_writer.close()
            far_writer.close()


async def _pipe(reader, writer, delay):
    """Copies ``reader`` to ``writer``, each chunk ``delay`` seconds after it arrived; closes
    ``writer`` at the end of ``reader`` so that the other direction ends too."""
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            await asyncio.sleep(max(0.0, due - loop.time()))
            writer.write(data)
            await writer.drain()

    delivering = asyncio.create_task(deliver())
    try:
        while data := await reader.read(65536):
            queue.put_nowait((loop.time() + delay, data))
    except OSError:
        pass  # the far side reset the connection: end this direction as if it closed
    finally:
        queue.put_nowait((0.0, None))
        try:
            await delivering
        except OSError:
            pass
        writer.close()
