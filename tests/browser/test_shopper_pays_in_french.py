"""A Quebec shopper switches a product page to French, fills a basket and checks out to a
Montréal address in French: the review page names TPS and TVQ and writes amounts the Quebec way,
the card is paid through Stripe.js (localstripe), and the confirmation mail comes in French.
Axe on each page."""
import re
from decimal import Decimal

import pytest
from django.core import mail
from oscar.core.loading import get_model
from playwright.sync_api import expect

from tests.browser.test_shopper_pays import store  # noqa: F401 (a fixture: the same two products)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Order = get_model("order", "Order")

# 130.00 + 42.50 = 172.50, Standard 14.95 (4 kg) = 187.45; TPS 5% 9.37, TVQ 9.975% 18.70
FRENCH_TOTAL = re.compile(r"215,52\s\$")  # a no-break space before the sign, which \s matches


def _type_card(page, number):
    card = page.get_by_role("group", name=re.compile("Card number, expiry|Numéro de carte"))
    card.locator("input").nth(0).fill(number)
    card.locator("input").nth(1).fill("12")
    card.locator("input").nth(2).fill("31")
    card.locator("input").nth(3).fill("123")
    card.locator("input").nth(4).fill("H2X1Y4")


def test_a_quebec_shopper_checks_out_and_pays_in_french(page, store, axe_check):
    base, products = store
    page.goto(base + products[0].get_absolute_url())
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")
    assert "/fr/" in page.url
    axe_check(page)
    for product in products:
        page.goto(base + "/fr" + product.get_absolute_url())
        page.get_by_role("button", name=re.compile("Ajouter au panier")).first.click()

    page.goto(base + "/fr/checkout/")
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")
    page.get_by_label("Adresse courriel", exact=True).fill("camille@example.ca")
    page.get_by_label("Non, je passe à la caisse comme invité").check()
    axe_check(page)
    page.locator("form button[type=submit]").filter(has_text=re.compile("Continuer")).first.click()

    page.get_by_label("Prénom").fill("Camille")
    page.get_by_label("Nom", exact=True).fill("Tremblay")
    page.get_by_label("Adresse", exact=True).fill("1200, rue Saint-Denis")
    page.get_by_label("Ville").fill("Montréal")
    province = page.get_by_label("Province ou territoire")
    expect(province.locator("option[value=QC]")).to_have_text("Québec")
    province.select_option("QC")
    page.get_by_label("Code postal").fill("H2X 1Y4")
    page.get_by_label(re.compile("téléphone")).fill("514 555 0142")
    axe_check(page)
    page.locator("form button[type=submit]").filter(has_text=re.compile("Continuer")).first.click()
    page.get_by_role("button", name=re.compile("^Choisir ")).first.click()  # the first method offered

    expect(page).to_have_url(re.compile("/fr/checkout/preview/$"))
    expect(page.get_by_role("heading", name="Vérifier et payer")).to_be_visible()
    main = page.locator("#main")
    expect(main).to_contain_text("TPS")
    expect(main).to_contain_text("TVQ")
    expect(main).to_contain_text(FRENCH_TOTAL)
    expect(main).not_to_contain_text("$215.52")
    pay = page.get_by_role("button", name=re.compile(r"^Payer 215,52\s\$ et passer la commande"))
    expect(pay).to_be_enabled()
    axe_check(page)

    _type_card(page, "4242424242424242")
    pay.click()
    expect(page).to_have_url(re.compile("/fr/checkout/thank-you/$"), timeout=15000)
    order = Order.objects.get()
    assert order.status == "Paid" and order.total_incl_tax == Decimal("215.52")
    expect(page.locator("html")).to_have_attribute("lang", "fr-CA")
    expect(page.locator("body")).to_contain_text(order.number)
    axe_check(page)

    confirmation = _mail_to(page, "camille@example.ca")
    html = confirmation.alternatives[0][0] if confirmation.alternatives else confirmation.body
    assert re.search(r"215,52\s\$", confirmation.body), confirmation.body[:800]
    assert "TVQ" in confirmation.body or "TVQ" in html
    assert "/fr/" in confirmation.body


def _mail_to(page, address, seconds=15):
    """The first mail to ``address``: the order's mail may be sent by the server's thread a
    moment after the thank-you page shows on a busy machine, so it is waited for, not assumed."""
    for _ in range(seconds * 10):
        found = [message for message in mail.outbox if address in message.to]
        if found:
            return found[0]
        page.wait_for_timeout(100)
    raise AssertionError(f"no mail to {address} within {seconds} s: {[m.to for m in mail.outbox]}")
