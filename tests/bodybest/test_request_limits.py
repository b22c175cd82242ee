"""Request bodies are refused from their declared size (bodybest/security.py,
RequestSizeLimitMiddleware), before Django reads or spools a byte of them."""
import socket
import time

import pytest

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    read_from = False

    def read(self, *args):
        UnreadableBody.read_from = True
        raise AssertionError("the body was read")

    readline = read


def test_a_150_mb_upload_is_refused_with_413_without_reading_the_body(staff_client):
    UnreadableBody.read_from = False
    response = staff_client.generic(
        "POST", "/markdownx/upload/", b"", content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(150 * MB), **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert "at most 12 MB" in response.content.decode()
    assert not UnreadableBody.read_from


def test_forms_without_uploads_have_the_smaller_limit(client):
    response = client.generic("POST", "/contact/", b"", content_type="application/x-www-form-urlencoded",
                              CONTENT_LENGTH=str(4 * MB), **{"wsgi.input": UnreadableBody()})
    assert response.status_code == 413
    assert "at most 3 MB" in response.content.decode()


@pytest.mark.parametrize("prefix", ["", "/fr"])
def test_an_upload_under_the_limit_reaches_the_view(client, prefix):
    # 8 MB declared to the price-match form (an upload path), in English and in French: past
    # the middleware, the view answers (404: there is no product 999999), never 413.
    body = b"x" * (8 * MB)
    response = client.generic("POST", f"{prefix}/price-match/request/999999/", body,
                              content_type="application/octet-stream")
    assert response.status_code == 404


def test_a_body_of_unknown_length_is_refused(client):
    response = client.generic("POST", "/contact/", b"", HTTP_TRANSFER_ENCODING="chunked",
                              **{"wsgi.input": UnreadableBody()})
    assert response.status_code == 411


def test_the_limits_are_settings(client, settings):
    settings.MAX_REQUEST_BYTES = 1000
    response = client.post("/contact/", {"message": "x" * 2000})
    assert response.status_code == 413


def test_a_real_server_answers_413_at_once_while_the_client_is_still_sending(live_server):
    host, port = live_server.url.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(
            b"POST /markdownx/upload/ HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\n"
            + f"Content-Length: {150 * MB}\r\n\r\n".encode()
            + b"x" * 65536
        )
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = connection.recv(4096)
            if not chunk:
                break
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    # Only 64 KB of the 150 MB was ever sent: the answer could not have waited for the rest.
    assert time.monotonic() - started < 10
