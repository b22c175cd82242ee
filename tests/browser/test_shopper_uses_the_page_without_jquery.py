"""The storefront loads neither jQuery nor Bootstrap's script (static/bodybest/js/ui.js does what
they did there): the product gallery turns, the basket message closes, the mini-basket opens
and closes from the mouse and the keyboard, and no page throws a script error."""
import re

import pytest
from django.core.files.base import ContentFile
from oscar.core.loading import get_model
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def product(live_server):
    made = factories.product(title="Northpoint Pro percussion gun", in_category=factories.category("Massage guns"))
    second = get_model("catalogue", "ProductImage")(product=made, caption="Side view", display_order=1)
    second.original.save("side-view.jpg", ContentFile(factories._jpeg()), save=False)
    second.save()
    return made


def test_gallery_message_and_mini_basket_work_without_jquery(page, live_server, product, axe_check):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(live_server.url + product.get_absolute_url())

    slides = page.locator("#product_gallery .carousel-item")
    expect(slides).to_have_count(2)
    expect(slides.nth(0)).to_be_visible()
    page.locator("#product_gallery .carousel-control-next").click()
    expect(slides.nth(1)).to_be_visible()
    expect(slides.nth(0)).to_be_hidden()

    page.get_by_role("button", name=re.compile("^Add .*to basket", re.I)).first.click()
    messages = page.locator("#messages .alert")
    expect(messages.first).to_contain_text("Northpoint Pro percussion gun")
    axe_check(page)
    shown = messages.count()
    messages.first.locator("[data-dismiss='alert']").click()
    expect(messages).to_have_count(shown - 1)
    expect(page.locator("#messages")).not_to_contain_text("Northpoint Pro percussion gun has been added")

    toggle = page.locator(".basket-mini-toggle")
    menu = page.locator(".basket-mini-menu")
    expect(menu).to_be_hidden()
    toggle.click()
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_contain_text("Northpoint Pro percussion gun")
    axe_check(page)
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()
    toggle.click()
    page.get_by_role("heading", name="Specifications").click()  # a click elsewhere closes it too
    expect(menu).to_be_hidden()

    assert page.evaluate("typeof window.jQuery") == "undefined"
    assert errors == []
