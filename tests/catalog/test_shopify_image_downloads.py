"""Product pictures downloaded from their URLs (catalog/shopify/downloads.py, through run.py), from
a real HTTP server on 127.0.0.1 that counts the requests it answers."""
import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model
from PIL import Image

from catalog.shopify import downloads, run

pytestmark = pytest.mark.django_db

ProductImage = get_model("catalogue", "ProductImage")
ShopifyRecord = get_model("catalogue", "ShopifyRecord")

COLUMNS = "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src,Image Position"


def _jpeg():
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 80)).save(out, "JPEG")
    return out.getvalue()


class _Shop(BaseHTTPRequestHandler):
    """Shopify's CDN, played by pages of each kind a download meets."""

    hits = []

    def do_GET(self):  # noqa: N802 (the http.server hook's name)
        path = self.path.split("?", 1)[0]
        type(self).hits.append(path)
        if path == "/files/oil.jpg":
            self._send(200, _jpeg(), "image/jpeg")
        elif path in ("/files/moved.jpg", "/files/loop.jpg"):
            self.send_response(302)
            self.send_header("Location", "/files/oil.jpg" if path == "/files/moved.jpg" else path)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/files/text.jpg":
            self._send(200, b"<html>not a picture</html>", "text/html")
        elif path == "/files/huge.jpg":  # no Content-Length: only the count while streaming stops it
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.end_headers()
            chunk = b"\xff" * 65536
            try:
                for _ in range(downloads.MAX_BYTES // len(chunk) + 2):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client hung up, as it should
        elif path == "/files/slow.jpg":
            time.sleep(1.5)
            self._send(200, _jpeg(), "image/jpeg")
        else:
            self._send(404, b"Not found", "text/plain")

    def _send(self, status, body, kind):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def shop(settings, monkeypatch):
    """The base URL of a local picture server; downloads from 127.0.0.1 allowed, short timeouts."""
    settings.SHOPIFY_IMAGE_DOWNLOAD_PRIVATE_HOSTS = True
    monkeypatch.setattr(downloads, "READ_TIMEOUT", 0.5)
    _Shop.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Shop)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _export(tmp_path, base, names):
    lines = [COLUMNS] + [
        f"p-{n},Product {n},Title,Default Title,SKU-{n},10.00,{base}/files/{name}?v=17{n},1"
        for n, name in enumerate(names)
    ]
    path = tmp_path / "products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _product(handle):
    return ShopifyRecord.objects.get(handle=handle, option_key="").product


def test_a_picture_missing_from_the_folder_is_downloaded_and_named_from_its_path(shop, tmp_path):
    result = run.import_products(_export(tmp_path, shop, ["oil.jpg"]), images_dir=tmp_path)
    assert result.counts["created"] == 1 and result.refusals == []
    image = _product("p-0").images.get()
    assert image.original.name.rsplit("/", 1)[-1].startswith("oil")
    with image.original.open("rb") as data:
        assert Image.open(data).size == (40, 30)
    assert ShopifyRecord.objects.get(handle="p-0").images == {"oil.jpg": image.pk}


def test_running_the_import_again_downloads_nothing_again(shop, tmp_path):
    export = _export(tmp_path, shop, ["oil.jpg"])
    run.import_products(export)
    assert _Shop.hits == ["/files/oil.jpg"]
    again = run.import_products(export)
    assert again.counts == {"created": 0, "updated": 0, "unchanged": 1, "refused": 0}
    assert _Shop.hits == ["/files/oil.jpg"]
    assert ProductImage.objects.count() == 1


def test_each_picture_that_cannot_be_downloaded_is_a_report_line_and_its_product_still_comes_in(shop, tmp_path):
    started = time.monotonic()
    result = run.import_products(_export(tmp_path, shop, ["gone.jpg", "text.jpg", "huge.jpg", "slow.jpg"]))
    assert time.monotonic() - started < 20
    assert result.counts["created"] == 4
    assert not ProductImage.objects.exists()
    reasons = {handle: reason for _, handle, reason in result.refusals}
    assert "not downloaded" in reasons["p-0"] and "answered 404" in reasons["p-0"]
    assert "not a picture we can use" in reasons["p-1"]
    assert "larger than 10 MB" in reasons["p-2"]
    assert "did not answer in time" in reasons["p-3"]
    assert all(reason.endswith("the product came in without it.") for reason in reasons.values())


def test_no_download_takes_pictures_from_the_folder_only(shop, tmp_path, capsys):
    export = _export(tmp_path, shop, ["oil.jpg"])
    call_command("import_shopify", "products", str(export), "--no-download")
    assert _Shop.hits == []
    assert "Image oil.jpg not found (no --images folder given)" in capsys.readouterr().out
    assert _product("p-0").images.count() == 0


def test_a_dry_run_downloads_nothing_and_lists_the_picture_it_would_fetch(shop, tmp_path):
    result = run.import_products(_export(tmp_path, shop, ["oil.jpg"]), dry_run=True)
    assert _Shop.hits == [] and result.refusals == []
    assert result.counts["created"] == 1 and not ShopifyRecord.objects.exists()


def test_this_machines_addresses_are_refused_unless_the_setting_allows_them(shop, tmp_path, settings):
    settings.SHOPIFY_IMAGE_DOWNLOAD_PRIVATE_HOSTS = False
    result = run.import_products(_export(tmp_path, shop, ["oil.jpg"]))
    assert _Shop.hits == []
    assert "the address is not a public one" in result.refusals[0][2]
    assert result.counts["created"] == 1


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://example.com/a.jpg", "http://127.0.0.1/a.jpg", "http://[::1]/a.jpg",
    "http://10.1.2.3/a.jpg", "http://192.168.0.10/a.jpg", "http://169.254.169.254/latest/meta-data",
    "http://[::ffff:127.0.0.1]/a.jpg", "http://0.0.0.0/a.jpg",
])
def test_only_http_and_https_to_public_addresses_are_fetched(url):
    with pytest.raises(downloads.DownloadFailed):
        downloads.check_address(url)


def test_a_public_address_passes_the_check():
    downloads.check_address("https://93.184.215.14/files/oil.jpg")  # resolves locally: no connection made


def test_a_name_that_resolves_to_this_machine_on_the_second_lookup_is_caught_on_the_socket(
        shop, tmp_path, settings, monkeypatch):
    settings.SHOPIFY_IMAGE_DOWNLOAD_PRIVATE_HOSTS = False
    monkeypatch.setattr(downloads, "check_address", lambda url: None)  # the first lookup said "public"
    with pytest.raises(downloads.DownloadFailed, match="not a public one"):
        downloads.fetch(f"{shop}/files/oil.jpg", tmp_path / "oil.jpg")
    assert _Shop.hits == [] and not (tmp_path / "oil.jpg").exists()


def test_a_redirect_is_followed_a_few_times_only(shop, tmp_path):
    assert downloads.fetch(f"{shop}/files/moved.jpg", tmp_path / "moved.jpg").stat().st_size > 0
    with pytest.raises(downloads.DownloadFailed, match="more than 3 redirects"):
        downloads.fetch(f"{shop}/files/loop.jpg", tmp_path / "loop.jpg")
    assert _Shop.hits.count("/files/loop.jpg") == 4
