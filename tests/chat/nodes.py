"""Real uvicorn nodes serving the chat's streams, and a reader of one stream, for the tests of
several web nodes (tests/chat/test_nodes.py) and the load benchmark (tests/bench/chat.py)."""
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time

import requests

from tests.smtp_server import free_port


class Node:
    """`uvicorn bodybest.asgi:application` with production settings (DEBUG off), as a stream node."""

    def __init__(self, env, *, workers=1, port=None, settings_module="tests.bodybest.server_settings"):
        self.env, self.workers, self.settings_module = env, workers, settings_module
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        self.log = open(f"/tmp/uvicorn-chat-{self.port}.log", "a")
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": self.settings_module, "DEBUG": "0",
               "SECRET_KEY": "chat-nodes-test-" + "x" * 40, "ALLOWED_HOSTS": "127.0.0.1,localhost",
               "SECURE_SSL_REDIRECT": "0", "SESSION_COOKIE_SECURE": "0", "CSRF_COOKIE_SECURE": "0",
               **self.env}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bodybest.asgi:application", "--host", "127.0.0.1",
             "--port", str(self.port), "--workers", str(self.workers), "--lifespan", "off",
             "--no-access-log", "--timeout-graceful-shutdown", "2"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("uvicorn exited:\n" + open(self.log.name).read()[-3000:])
            try:
                if requests.get(f"{self.url}/healthz", timeout=5).status_code in (200, 503):
                    return self
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("uvicorn did not start:\n" + open(self.log.name).read()[-3000:])

    def kill(self):
        """SIGKILL, as a crash or the OOM killer would: no goodbye to any open stream."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


class Stream:
    """One browser's EventSource on a node: a thread reads the events into a queue."""

    def __init__(self, node, public_id, session_id, last_event_id=None):
        headers = {"Accept": "text/event-stream", "Accept-Encoding": "gzip"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        self.response = requests.get(f"{node.url}/chat/c/{public_id}/events/", headers=headers,
                                     cookies={"sessionid": session_id}, stream=True, timeout=(5, 60))
        assert self.response.status_code == 200, self.response.status_code
        assert self.response.headers.get("Content-Encoding") is None  # gzip would hold events back
        self.events = queue.Queue()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        fields = {}
        try:
            for line in self.response.iter_lines(chunk_size=1, decode_unicode=True):
                if line:
                    name, _, value = line.partition(": ")
                    fields[name] = value
                    continue
                if fields.get("event") == "message":
                    self.events.put((int(fields["id"]), json.loads(fields["data"])))
                fields = {}
        except (requests.RequestException, AttributeError, ValueError):  # closed under it
            pass
        self.events.put(None)

    def messages(self, count, timeout):
        """The next `count` messages as (id, json), waiting at most `timeout` seconds in all."""
        got, deadline = [], time.monotonic() + timeout
        while len(got) < count:
            try:
                item = self.events.get(timeout=max(deadline - time.monotonic(), 0.001))
            except queue.Empty:
                break
            if item is None:
                break
            got.append(item)
        return got

    def close(self):
        """Hang up at once. Closing the response alone waits for the reading thread's next byte,
        which an idle stream sends only with its heartbeat (15 s): shut the socket first."""
        connection = getattr(self.response.raw, "connection", None)
        sock = getattr(connection, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # closed already
        self.response.close()
