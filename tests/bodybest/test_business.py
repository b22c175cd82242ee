"""One name, address, phone and origin everywhere the store speaks of itself (bodybest/business.py)."""
import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string

from bodybest.business import BUSINESS

ROOT = Path(__file__).resolve().parents[2]
# What used to be typed into pages by hand: the phone, the address, an email, a province of origin.
HAND_TYPED = re.compile(r"881[ -]?1681|8008811681|info@bodybest\.ca|Mainland Street|Vancouver|"
                        r"warehouse in Ontario|from Ontario|(?<!Know Your )Body Best Therapeutic Supplies Inc\.")


def test_the_business_reads_as_one_canadian_address():
    assert BUSINESS.legal_name == "Know Your Body Best Therapeutic Supplies Inc."
    assert BUSINESS.founded == 1991 and BUSINESS.country == "CA"
    assert BUSINESS.region == "ON" and BUSINESS.region_name in BUSINESS.ships_from
    assert BUSINESS.locality in BUSINESS.ships_from
    assert re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", BUSINESS.postal_code)
    assert BUSINESS.postal_code[0] in "KLMNP"  # an Ontario postal code
    assert re.fullmatch(r"\+1\d{10}", BUSINESS.telephone)
    assert BUSINESS.mailing_address == (
        "Know Your Body Best Therapeutic Supplies Inc., 1100 Burloak Drive, Unit 4, Burlington, ON L7L 6B2")


def test_no_template_or_store_page_types_the_business_by_hand():
    folders = [ROOT / "templates", ROOT / "bodybest" / "pages"]
    found = [f"{path.relative_to(ROOT)}: {match.group()}"
             for folder in folders for path in folder.rglob("*") if path.is_file()
             for match in HAND_TYPED.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.django_db
def test_every_page_footer_names_the_company_its_address_and_where_it_ships_from(client):
    page = client.get("/").content.decode()
    footer = page[page.index('class="site-footer"'):]
    assert "Know Your Body Best Therapeutic Supplies Inc." in footer
    assert "1100 Burloak Drive, Unit 4" in footer and "Burlington, ON L7L 6B2" in footer
    assert "Shipped from Burlington, Ontario" in footer
    assert 'href="tel:+18008811681"' in footer and "mailto:info@bodybest.ca" in footer
    assert 'href="/about/"' in footer and 'href="/inclusive-community/"' in footer


@pytest.mark.django_db
def test_contact_and_shipping_pages_give_the_same_address_and_origin(client):
    contact = client.get("/contact/").content.decode()
    assert "1100 Burloak Drive, Unit 4<br>Burlington, ON L7L 6B2" in contact
    shipping = client.get("/shipping/").content.decode()
    assert "from our warehouse in Burlington, Ontario" in shipping
    assert "Vancouver" not in contact + shipping


def test_error_pages_rendered_without_a_request_still_give_the_phone():
    page = render_to_string("500.html")
    assert 'href="tel:+18008811681"' in page and "1-800 881 1681" in page


def test_the_newsletter_consent_names_the_company_and_its_address():
    from blog.newsletter import consent

    text = consent.text()
    assert text.startswith("Yes, Know Your Body Best Therapeutic Supplies Inc. may email me")
    assert "1100 Burloak Drive, Unit 4, Burlington, ON L7L 6B2" in text and "1-800 881 1681" in text


@pytest.mark.parametrize("template", ["newsletter/email/confirm.txt", "newsletter/email/confirm.html",
                                      "price_match/email/rejected.txt", "price_match/email/rejected.html"])
def test_mail_signs_with_the_company_name_once(settings, template):
    page = render_to_string(template, {"mailing_address": settings.STORE_MAILING_ADDRESS})
    assert page.count("Body Best Therapeutic Supplies Inc.") == 1
    assert "Know Your Body Best Therapeutic Supplies Inc., 1100 Burloak Drive" in page
