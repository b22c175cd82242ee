"""Product pictures fetched from their Shopify URLs (``Image Src``, ``Variant Image``) when the
export's ``--images`` folder does not hold them.

The export is staff's, but its URLs are still addresses this server will call, so a download is
held to what a picture on a shop's CDN needs: http or https only; a host that resolves to a
public address only (no loopback, private, link-local or reserved range: no reaching this
machine's own services or the cloud's metadata address), checked before connecting and again on
the connected socket, so a name that resolves differently the second time is caught; at most
``MAX_REDIRECTS`` redirects, each checked the same way; short timeouts and ``TOTAL_SECONDS`` for
the whole file; at most ``MAX_BYTES``, counted while streaming; no proxy, ``.netrc`` or cookies
from the environment. The bytes must then be a picture the store shows (bodybest/images.py).

``SHOPIFY_IMAGE_DOWNLOAD_PRIVATE_HOSTS = True`` in settings lifts the address rule, for tests that
serve pictures from 127.0.0.1 only. Every failure is a reason in words, never an exception out of
``fetch_all``: a missing picture is a line of the report, the product still comes in."""
import ipaddress
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urljoin, urlparse

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from django.core.exceptions import ValidationError

from bodybest.images import check_image

CONNECT_TIMEOUT = 3.0  # seconds
READ_TIMEOUT = 10.0  # seconds without a byte
TOTAL_SECONDS = 30.0  # for one picture, however slowly it trickles in
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 3
WORKERS = 4
CHUNK = 64 * 1024
USER_AGENT = "BodyBest-import/1 (moving in from Shopify)"


class DownloadFailed(Exception):
    """The reason a picture could not be fetched, in words for the report."""


def fetch_all(wanted, folder):
    """Fetch ``wanted`` (``{file name: url}``) into ``folder``, a few at a time. Returns
    ``(fetched, failed)``: ``{file name: Path}`` and ``{file name: reason}``."""
    folder = Path(folder)
    local = threading.local()

    def one(item):
        name, url = item
        if not hasattr(local, "session"):
            local.session = _session()
        try:
            return name, fetch(url, folder / name, session=local.session), None
        except DownloadFailed as failure:
            return name, None, str(failure)

    fetched, failed = {}, {}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for name, path, reason in pool.map(one, wanted.items()):
            if path is not None:
                fetched[name] = path
            else:
                failed[name] = reason
    return fetched, failed


def fetch(url, target, *, session=None):
    """Download ``url`` to ``target`` (a Path) and return it; raises ``DownloadFailed``."""
    session = session or _session()
    try:
        response = _get(url, session)
        try:
            _save(response, target)
        finally:
            response.close()
    except requests.Timeout:
        raise DownloadFailed("the server did not answer in time") from None
    except requests.RequestException as error:
        raise DownloadFailed(f"could not connect ({type(error).__name__})") from None
    try:
        with target.open("rb") as data:
            check_image(data)
    except ValidationError as refusal:
        target.unlink(missing_ok=True)
        raise DownloadFailed(refusal.messages[0]) from None
    return target


class _PeerChecked:
    """A connection that checks the address it actually reached before sending a byte."""

    def _new_conn(self):
        sock = super()._new_conn()
        try:
            _check_ip(sock.getpeername()[0])
        except BaseException:
            sock.close()
            raise
        return sock


class _CheckedHTTPConnection(_PeerChecked, HTTPConnection):
    pass


class _CheckedHTTPSConnection(_PeerChecked, HTTPSConnection):
    pass


class _CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _CheckedHTTPConnection


class _CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _CheckedHTTPSConnection


class _CheckedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _CheckedHTTPPool, "https": _CheckedHTTPSPool}


def _session():
    session = requests.Session()
    session.trust_env = False  # no proxy, .netrc credentials or CA overrides from the environment
    session.headers["User-Agent"] = USER_AGENT
    for scheme in ("http://", "https://"):
        session.mount(scheme, _CheckedAdapter())
    return session


def _get(url, session):
    for _ in range(MAX_REDIRECTS + 1):
        check_address(url)
        response = session.get(url, stream=True, allow_redirects=False, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
        if response.is_redirect:
            url = urljoin(url, response.headers.get("Location", ""))
            response.close()
            continue
        if response.status_code != 200:
            response.close()
            raise DownloadFailed(f"the server answered {response.status_code}")
        return response
    raise DownloadFailed(f"more than {MAX_REDIRECTS} redirects")


def _save(response, target):
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise DownloadFailed(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    deadline = time.monotonic() + TOTAL_SECONDS
    size = 0
    try:
        with target.open("wb") as out:
            for chunk in response.iter_content(CHUNK):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise DownloadFailed(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
                if time.monotonic() > deadline:
                    raise DownloadFailed(f"took longer than {TOTAL_SECONDS:g} seconds")
                out.write(chunk)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def check_address(url):
    """Raise ``DownloadFailed`` unless ``url`` is http(s) to a host with only public addresses."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DownloadFailed("not an http or https address")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError):
        raise DownloadFailed(f"the host {parts.hostname} is unknown") from None
    for *_, address in found:
        _check_ip(address[0])


def _check_ip(text):
    if _private_hosts_allowed():
        return
    ip = _embedded_ipv4(ipaddress.ip_address(text.split("%", 1)[0]))
    if ip is None or not ip.is_global or ip.is_multicast:
        raise DownloadFailed("the address is not a public one")


# IPv6 addresses that reach an IPv4 one: NAT64 (64:ff9b::/96, a cloud's IPv6-only subnet
# reaches its private and metadata addresses through it) and the old IPv4-compatible ::/96.
# The local-use NAT64 prefix may lead anywhere inside the network, so it is refused outright.
_NAT64_AND_COMPATIBLE = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("::/96"))
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")


def _embedded_ipv4(ip):
    """The IPv4 address an IPv6 one stands for (mapped, 6to4, NAT64 or IPv4-compatible), which
    is the one checked; the address itself otherwise; None for the local-use NAT64 prefix."""
    if ip.version == 4:
        return ip
    if ip in _LOCAL_NAT64:
        return None
    if ip.ipv4_mapped or ip.sixtofour:
        return ip.ipv4_mapped or ip.sixtofour
    if any(ip in network for network in _NAT64_AND_COMPATIBLE):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def _private_hosts_allowed():
    return getattr(settings, "SHOPIFY_IMAGE_DOWNLOAD_PRIVATE_HOSTS", False)
