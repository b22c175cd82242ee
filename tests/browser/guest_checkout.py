"""A guest's way through checkout in Chromium, shared by the journeys that pay: the basket to the
"Review and pay" step with an address, and a card typed into Stripe.js (localstripe's fake)."""
import re

from playwright.sync_api import expect

TORONTO = {"street": "88 Queen Street West", "city": "Toronto", "province": "ON", "postal": "M5H 2N2",
           "phone": "416 555 0142"}


def to_review_and_pay(page, base, *, email, first, last, address=TORONTO):
    """From a filled basket to the review page, as a guest shipping to ``address``."""
    page.goto(base + "/checkout/")
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("No, check out as a guest").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("First name").fill(first)
    page.get_by_label("Last name").fill(last)
    page.get_by_label("Street address").fill(address["street"])
    page.get_by_label("City").fill(address["city"])
    page.get_by_label("Province or territory").select_option(address["province"])
    page.get_by_label("Postal code").fill(address["postal"])
    page.get_by_label("Phone number").fill(address["phone"])
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name=re.compile("^Use ")).first.click()
    expect(page).to_have_url(re.compile("/checkout/preview/$"))
    expect(page.get_by_role("heading", name="Review and pay")).to_be_visible()


def type_card(page, number, postal="M5H2N2"):
    card = page.get_by_role("group", name=re.compile("Card number, expiry"))
    card.get_by_role("textbox", name="Card number").fill(number)
    card.get_by_role("textbox", name="Expiry month (MM)").fill("12")
    card.get_by_role("textbox", name="Expiry year (YY)").fill("31")
    card.get_by_role("textbox", name="CVC").fill("123")
    card.get_by_role("textbox", name="Postal code").fill(postal)
