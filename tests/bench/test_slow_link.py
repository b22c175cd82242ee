import socket
import threading
import time

from tests.bench.slow_link import SlowLink


def _echo_server():
    """A loopback server that sends back whatever each connection sends; returns its port."""
    listening = socket.create_server(("127.0.0.1", 0))

    def serve():
        while True:
            conn, _ = listening.accept()
            threading.Thread(target=echo, args=(conn,), daemon=True).start()

    def echo(conn):
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)

    threading.Thread(target=serve, daemon=True).start()
    return listening.getsockname()[1]


def _round_trip(port, payload):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        started = time.monotonic()
        conn.sendall(payload)
        received = b""
        while len(received) < len(payload):
            received += conn.recv(65536)
        return received, time.monotonic() - started


def test_an_answer_comes_back_late_by_the_delay_and_unchanged():
    port = _echo_server()
    payload = bytes(range(256)) * 4000  # 1 MB: many chunks, each held from its own arrival
    with SlowLink("127.0.0.1", port, 0.2) as link:
        received, seconds = _round_trip(link.port, payload)
    assert received == payload
    assert 0.2 <= seconds < 0.6


def test_without_a_delay_the_link_answers_at_once():
    port = _echo_server()
    with SlowLink("127.0.0.1", port, 0) as link:
        received, seconds = _round_trip(link.port, b"ping")
    assert received == b"ping"
    assert seconds < 0.1
