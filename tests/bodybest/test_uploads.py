"""Uploaded pictures (bodybest/images.py): only JPEG, PNG, WebP or GIF, and no decompression
bombs, refused from the header with a message: the blog editor's upload, price-match
screenshots and the dashboard's product pictures."""
import io
import struct
import zlib
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_class, get_model
from PIL import Image

from catalog.price_match.models import PriceMatchRequest
from tests import factories

pytestmark = pytest.mark.django_db

ProductImage = get_model("catalogue", "ProductImage")


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(side=20000):
    """A real PNG, side x side black pixels (1 bit each): a few dozen KB on the wire, 1.6 GB
    of RGBA once decoded."""
    row = b"\0" + b"\0" * (side // 8)
    idat = zlib.compress(row * side, 9)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
            + _chunk(b"IDAT", idat) + _chunk(b"IEND", b""))


def picture(kind, size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#2f5d62").save(buffer, kind)
    return buffer.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
# Forms say Django's "Upload a valid image" for a file that is no picture at all (an SVG is XML).
REFUSED = [
    ("screenshot.tif", lambda: picture("TIFF"), "That picture is a TIFF file. Upload a JPEG, PNG, WebP or GIF image."),
    ("screenshot.bmp", lambda: picture("BMP"), "That picture is a BMP file."),
    ("screenshot.svg", lambda: SVG, "Upload a valid image."),
]


def test_the_bomb_is_small_on_the_wire():
    assert len(png_bomb()) < 100_000


# The blog editor's upload (staff)

def _upload(staff_client, name, content):
    return staff_client.post("/markdownx/upload/", {"image": SimpleUploadedFile(name, content)})


def test_blog_upload_refuses_a_decompression_bomb_with_a_message(staff_client):
    response = _upload(staff_client, "bomb.png", png_bomb())
    assert response.status_code == 400
    assert "That picture is too large: at most 50 megapixels." in response.json()["image"][0]


@pytest.mark.parametrize("name,content,words", [
    ("shot.tif", lambda: picture("TIFF"), "That picture is a TIFF file. Upload a JPEG, PNG or WebP image."),
    ("shot.gif", lambda: picture("GIF"), "That picture is a GIF file."),  # the editor keeps to three
    ("shot.svg", lambda: SVG, "That file is not a picture we can use."),
])
def test_blog_upload_refuses_formats_staff_cannot_view(staff_client, name, content, words):
    response = _upload(staff_client, name, content())
    assert response.status_code == 400
    assert words in response.json()["image"][0]


def test_blog_upload_still_takes_a_png(staff_client):
    response = _upload(staff_client, "ok.png", picture("PNG"))
    assert response.status_code == 200
    assert response.json()["image_code"].endswith(".png)")


# Price-match screenshots (shoppers)

def _price_match(client, screenshot):
    product = factories.product(title="Screenshot gun", price=Decimal("199.00"))
    return client.post(f"/price-match/request/{product.pk}/", {
        "competitor_name": "Spa Depot", "competitor_url": "https://spadepot.ca/gun",
        "competitor_price": "179.00", "competitor_shipping": "0.00", "identical": "on",
        "name": "Rae Shopper", "email": "rae@example.ca", "screenshot": screenshot,
    })


def test_a_price_match_screenshot_bomb_is_refused_with_a_message_and_nothing_stored(client):
    response = _price_match(client, SimpleUploadedFile("shot.png", png_bomb()))
    assert response.status_code == 400
    assert "That picture is too large" in response.content.decode()
    assert PriceMatchRequest.objects.count() == 0


@pytest.mark.parametrize("name,content,words", REFUSED)
def test_a_price_match_screenshot_in_another_format_is_refused(client, name, content, words):
    response = _price_match(client, SimpleUploadedFile(name, content()))
    assert response.status_code == 400
    assert words in response.content.decode()
    assert PriceMatchRequest.objects.count() == 0


# The dashboard's product pictures (Oscar's form, our model validator)

def _dashboard_image_form(name, content):
    ProductImageForm = get_class("dashboard.catalogue.forms", "ProductImageForm")
    product = factories.product(with_image=False)
    return ProductImageForm(
        data={"product": product.pk, "caption": "", "display_order": 0},
        files={"original": SimpleUploadedFile(name, content)},
        instance=ProductImage(product=product),
    )


@pytest.mark.parametrize("name,content,words", [
    *REFUSED, ("bomb.png", png_bomb, "too large"),
    # 64 megapixels: under Pillow's own refusal (twice the limit), over ours.
    ("big.png", lambda: png_bomb(8000), "(8,000 x 8,000 pixels): at most 50 megapixels"),
])
def test_the_dashboard_refuses_product_pictures_browsers_cannot_show_or_we_cannot_decode(name, content, words):
    form = _dashboard_image_form(name, content())
    assert not form.is_valid()
    assert words in " ".join(form.errors["original"])


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP", "GIF"])
def test_the_dashboard_takes_the_formats_browsers_show(kind):
    form = _dashboard_image_form(f"ok.{kind.lower()}", picture(kind))
    assert form.is_valid(), form.errors
    form.save()
    assert ProductImage.objects.filter(original__endswith=f".{kind.lower()}").exists()
