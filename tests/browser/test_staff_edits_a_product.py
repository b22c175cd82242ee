"""Staff under the Content-Security-Policy: the dashboard's product editor (TinyMCE, the image
picker whose inline handlers Oscar's template still carries) and the Django admin work in
Chromium with no violation; a picture in a format browsers do not show is refused with a
message. The CSP watch (conftest.no_csp_violations) fails the test on any violation."""
import io
import re

import pytest
from django.contrib.flatpages.models import FlatPage
from oscar.core.loading import get_model
from PIL import Image
from playwright.sync_api import expect

from tests import factories
from tests.browser.staff import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ProductImage = get_model("catalogue", "ProductImage")


def _picture(kind):
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), "#2f5d62").save(buffer, kind)
    return buffer.getvalue()


@pytest.fixture
def base(live_server, django_user_model):
    django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991",
        is_staff=True, is_superuser=True)
    return live_server.url


def test_staff_add_a_picture_in_the_product_editor(page, base):
    product = factories.product(title="Quiet table", with_image=False)
    log_in(page, base)
    page.goto(f"{base}/dashboard/catalogue/products/{product.pk}/")
    # TinyMCE, started by Oscar's page-load script (the nonced inline block), is up.
    expect(page.locator(".tox-tinymce").first).to_be_visible(timeout=15_000)

    page.get_by_role("link", name="Images").click()
    first = page.locator("#id_images-0-original")
    first.set_input_files(files=[{"name": "table.png", "mimeType": "image/png", "buffer": _picture("PNG")}])
    # The preview loaded and the upload button went away: Oscar's onload, done by our script.
    expect(page.locator("#id_images-0-original-image img")).to_have_attribute("src", re.compile("^data:image/png"))
    expect(page.locator("#upload_button_id_images-0-original-image")).to_be_hidden()
    # Oscar's script added room for another picture (a clone of the picker): it works the same.
    second = page.locator("#id_images-1-original")
    second.set_input_files(files=[{"name": "scan.tif", "mimeType": "image/tiff", "buffer": _picture("TIFF")}])
    page.get_by_role("button", name="Save", exact=True).click()

    page.get_by_role("link", name="Images").click()
    expect(page.get_by_text("That picture is a TIFF file. Upload a JPEG, PNG, WebP or GIF image.")).to_be_visible()
    assert not ProductImage.objects.filter(product=product).exists()  # the whole form was refused


def test_staff_edit_a_store_page_in_the_admin(page, base):
    log_in(page, base)
    page.goto(base + "/admin/flatpages/flatpage/add/")
    page.get_by_label("URL:").fill("/care/")
    page.get_by_label("Title [en-ca]:").fill("Caring for your table")
    page.get_by_label("Content [en-ca]:").fill("<p>Wipe it down.</p><script>alert(1)</script>")
    page.get_by_label("Sites:").select_option(index=0)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text(re.compile("was added successfully"))).to_be_visible()
    assert FlatPage.objects.filter(url="/care/").exists()

    page.goto(base + "/care/")
    expect(page.get_by_role("heading", name="Caring for your table")).to_be_visible()
    expect(page.get_by_role("article")).to_have_text("Wipe it down.")
