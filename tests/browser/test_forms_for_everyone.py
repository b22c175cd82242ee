"""Forms that work for everyone, in Chromium.

Without JavaScript a shopper removes a line, applies a voucher, starts as a guest and reaches
the payment step (which says paying needs JavaScript and gives the phone number). With it, each
of the store's forms is submitted wrong, and its error state is checked: axe-core finds nothing
serious (error text contrast among it), every aria-describedby names an element that exists,
the refused fields carry aria-invalid, and our forms put the focus on a summary that names them.
"""
import re
from decimal import Decimal

import pytest
from django.conf import settings
from oscar.test.factories import create_voucher
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1366, "height": 900}
MISSING_DESCRIPTIONS = """() => [...document.querySelectorAll('[aria-describedby]')].flatMap(
    element => element.getAttribute('aria-describedby').split(/\\s+/)
        .filter(id => id && !document.getElementById(id)).map(id => element.outerHTML.slice(0, 120) + ' -> ' + id))"""


@pytest.fixture
def store(live_server, search_index, seeded_store, fake_stripe):
    weight = factories.product_class().attributes.get_or_create(
        code="shipping_weight", defaults={"name": "Shipping weight (kg)", "type": "float"})[0]
    products = [factories.product(title=title, price=price, stock=20)
                for title, price in (("Northpoint Pro gun", Decimal("130.00")),
                                     ("Cedar trigger-point cane", Decimal("42.50")))]
    for product in products:
        weight.save_value(product, 2.0)
    create_voucher(code="WELCOME20")  # 20% off everything
    return live_server.url, products


def _add_to_basket(page, base, product):
    page.goto(base + product.get_absolute_url())
    page.get_by_role("button", name=re.compile("Add to basket")).first.click()


def _shows_its_errors(page, axe_check, summary=True):
    """The error state as a screen-reader, keyboard or low-vision shopper meets it."""
    expect(page.locator('[aria-invalid="true"]').first).to_be_attached()
    assert page.evaluate(MISSING_DESCRIPTIONS) == []
    if summary:
        expect(page.locator(".form-error-summary")).to_be_focused()
    axe_check(page)


def test_without_javascript_a_guest_goes_from_the_basket_to_the_payment_step(browser, store, axe_check):
    base, (gun, cane) = store
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    for product in (gun, cane):
        _add_to_basket(page, base, product)
    page.goto(base + "/basket/")

    page.get_by_role("button", name="Remove Cedar trigger-point cane").click()
    expect(page.get_by_role("heading", name="Cedar trigger-point cane")).to_have_count(0)
    expect(page.get_by_role("heading", name="Northpoint Pro gun")).to_be_visible()

    page.get_by_label("Enter your code").fill("NOPE")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("#messages")).to_contain_text("NOPE")
    page.get_by_label("Enter your code").fill("welcome20")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("#basket_totals")).to_contain_text("WELCOME20")
    expect(page.locator("#basket_totals")).to_contain_text("-$26.00")  # 20% of $130.00

    # "Proceed to checkout" sits right under the totals.
    totals = page.locator("#basket_totals").bounding_box()
    proceed = page.get_by_role("link", name="Proceed to checkout")
    gap = proceed.bounding_box()["y"] - (totals["y"] + totals["height"])
    assert 0 <= gap < 48, gap
    axe_check(page, javascript=False)
    proceed.click()

    page.get_by_label("Email address", exact=True).fill("sam@example.ca")
    expect(page.get_by_label("No, check out as a guest")).to_be_checked()
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(re.compile("/checkout/shipping-address/$"))

    page.get_by_label("First name").fill("Sam")
    page.get_by_label("Last name").fill("Okafor")
    page.get_by_label("Street address").fill("88 Queen Street West")
    page.get_by_label("City").fill("Toronto")
    page.get_by_label("Province or territory").select_option("ON")
    page.get_by_label("Postal code").fill("M5H 2N2")
    page.get_by_label("Phone number").fill("416 555 0142")
    page.get_by_role("button", name="Continue").click()

    # The order summary beside the form at desktop widths: the line, its quantity and price.
    summary = page.get_by_role("complementary", name="Order summary")
    expect(summary).to_contain_text("Northpoint Pro gun")
    expect(summary).to_contain_text("Quantity: 1")
    expect(summary).to_contain_text("$130.00")
    form_box = page.locator(".checkout-main").bounding_box()
    summary_box = summary.bounding_box()
    assert summary_box["x"] >= form_box["x"] + form_box["width"] - 1
    assert abs(summary_box["y"] - form_box["y"]) < 40
    axe_check(page, javascript=False)
    page.get_by_role("button", name=re.compile("^Use Standard")).click()

    expect(page).to_have_url(re.compile("/checkout/preview/$"))
    # Playwright's text engine skips <noscript>, which this browser renders: found by CSS.
    needs_script = page.locator("#place_order_form noscript .alert")
    expect(needs_script).to_be_visible()
    expect(needs_script).to_contain_text("Paying by card needs JavaScript")
    expect(needs_script).to_contain_text(settings.STORE_PHONE)
    axe_check(page, javascript=False)
    context.close()


def test_the_basket_and_checkout_forms_refused_wrong_input_say_so_accessibly(page, store, axe_check):
    base, (gun, _) = store
    _add_to_basket(page, base, gun)
    page.goto(base + "/basket/")
    page.get_by_label("Quantity of Northpoint Pro gun").fill("25")  # 20 in stock
    page.get_by_role("button", name="Update").click()
    quantity = page.get_by_label("Quantity of Northpoint Pro gun")
    expect(quantity).to_have_attribute("aria-invalid", "true")
    expect(quantity).to_be_focused()
    _shows_its_errors(page, axe_check, summary=False)

    page.get_by_label("Enter your code").fill("NOPE")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("#messages")).to_contain_text("NOPE")
    axe_check(page)

    page.goto(base + "/checkout/")
    expect(page.get_by_role("main")).to_be_visible()
    page.get_by_role("button", name="Continue").click()
    _shows_its_errors(page, axe_check)
    expect(page.locator(".form-error-summary")).to_contain_text("Email address: This field is required.")

    page.get_by_label("Email address", exact=True).fill("sam@example.ca")
    page.get_by_label("Yes, sign in with my password").check()
    expect(page.get_by_label("Password", exact=True)).to_be_visible()
    page.get_by_role("button", name="Continue").click()
    _shows_its_errors(page, axe_check)
    expect(page.get_by_label("Password", exact=True)).to_have_attribute("aria-invalid", "true")
    page.get_by_label("No, check out as a guest").check()
    expect(page.get_by_label("Password", exact=True)).to_be_hidden()
    page.get_by_role("button", name="Continue").click()

    page.get_by_label("First name").fill("Sam")
    page.get_by_label("Street address").fill("88 Queen Street West")
    page.get_by_label("Province or territory").select_option("ON")
    page.get_by_label("Postal code").fill("H3A 1H6")  # a Quebec code
    page.get_by_role("button", name="Continue").click()
    _shows_its_errors(page, axe_check)
    summary = page.locator(".form-error-summary")
    expect(summary).to_contain_text("Postal code: Postal codes in ON start with")
    summary.get_by_role("link", name=re.compile("^City")).click()
    expect(page.get_by_label("City")).to_be_focused()


def test_the_store_and_account_forms_refused_wrong_input_say_so_accessibly(
        page, store, axe_check, django_user_model):
    base, (gun, _) = store
    django_user_model.objects.create_user("ada", "ada@example.ca", "pw-ada-1991")

    page.goto(base + "/contact/")
    page.get_by_label("Email", exact=True).fill("not an address")
    page.get_by_role("button", name="Send message").click()
    _shows_its_errors(page, axe_check)

    page.get_by_label("Email address", exact=True).first.fill("not an address")
    page.get_by_role("button", name="Subscribe").click()  # the footer's newsletter box
    _shows_its_errors(page, axe_check, summary=False)

    page.goto(base + "/accounts/login/")
    page.locator("#id_registration-email").fill("new@example.ca")
    page.locator("#id_registration-password1").fill("pw-new-1991")
    page.locator("#id_registration-password2").fill("pw-something-else")
    page.get_by_role("button", name="Register").click()
    _shows_its_errors(page, axe_check)
    page.locator("#id_login-username").fill("ada@example.ca")
    page.locator("#id_login-password").fill("wrong")
    page.get_by_role("button", name="Log In").click()
    expect(page.locator(".form-error-summary")).to_be_focused()
    assert page.evaluate(MISSING_DESCRIPTIONS) == []
    axe_check(page)
    page.locator("#id_login-password").fill("pw-ada-1991")
    page.get_by_role("button", name="Log In").click()

    page.goto(base + gun.get_absolute_url())
    page.get_by_text("Found it cheaper?").click()
    page.get_by_role("button", name="Ask for a price match").click()
    _shows_its_errors(page, axe_check, summary=False)

    page.goto(base + gun.get_absolute_url() + "reviews/add/")
    page.get_by_role("button", name="Send review").click()
    _shows_its_errors(page, axe_check)
