"""A signed-in customer buys a course from its page: the checkout skips shipping, asks a billing
address in Quebec (GST and QST), and the card is paid through Stripe.js (localstripe). From the
thank-you page they open My courses, read the lessons marking each complete, pass the quiz,
download the certificate (a real browser download) and check it on the public page; axe on
each page."""
import io
from decimal import Decimal
import re

import pytest
from django.conf import settings
from django.test import Client
from pypdf import PdfReader

from playwright.sync_api import expect

from catalog.courses.models import Certificate, Enrolment
from tests.browser import guest_checkout
from tests.catalog.test_course_learning import make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_customer_buys_a_course_completes_it_and_checks_the_certificate(
        page, live_server, seeded_store, fake_stripe, django_user_model, axe_check):
    course = make_course(title="Cupping for runners")
    student = django_user_model.objects.create_user(username="lea", email="lea@example.ca", password="pw-lea-1991",
                                                    first_name="Léa", last_name="Gagnon")
    client = Client()
    client.force_login(student)
    host = live_server.url.split("//")[1].split(":")[0]
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                               "domain": host, "path": "/"}])

    page.goto(live_server.url + course.product.get_absolute_url())
    expect(page.get_by_role("heading", name="What the course includes")).to_be_visible()
    axe_check(page)
    with page.expect_navigation():  # the add is posted and answered before the checkout opens
        page.get_by_role("button", name=re.compile("Add to basket")).first.click()
    page.goto(f"{live_server.url}/checkout/")
    expect(page).to_have_url(re.compile("/checkout/billing-address/$"))  # nothing ships
    axe_check(page)
    page.get_by_label("First name").fill("Léa")
    page.get_by_label("Last name").fill("Gagnon")
    page.get_by_label("Street address").fill("1200 rue Sherbrooke Ouest")
    page.get_by_label("City").fill("Montréal")
    page.get_by_label("Province or territory").select_option("QC")
    page.get_by_label("Postal code").fill("H3A 1H6")
    page.get_by_role("button", name="Continue to Review and pay").click()
    expect(page).to_have_url(re.compile("/checkout/preview/$"))
    # 249.00, GST 5% 12.45, QST 9.975% 24.84, no shipping: 286.29
    pay = page.get_by_role("button", name="Pay $286.29 and place order")
    expect(pay).to_be_enabled()
    guest_checkout.type_card(page, "4242 4242 4242 4242", postal="H3A1H6")  # spaced, as people type it
    pay.click()
    expect(page).to_have_url(re.compile("/checkout/thank-you/$"), timeout=15000)
    expect(page.get_by_role("heading", name="Your course is open")).to_be_visible()
    enrolment = Enrolment.objects.get()
    assert enrolment.user == student and enrolment.order.total_incl_tax == Decimal("286.29")
    axe_check(page)

    page.get_by_role("link", name="Go to My courses").click()
    expect(page.locator("body")).to_contain_text("0 of 3 lessons completed")
    expect(page.get_by_role("link", name="Refund this course")).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Start the course").click()
    for n in range(1, 4):
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Lesson {n}")
        if n == 2:
            axe_check(page)
        page.get_by_role("button", name="Mark as complete").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Quiz: Cupping for runners")
    axe_check(page)
    for question in course.questions.all():
        page.get_by_role("group", name=f"{question.position}. {question.text}").get_by_label("Right").check()
    page.get_by_role("button", name="Send my answers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your certificate")
    certificate = Certificate.objects.get()  # read once the page says it is issued
    axe_check(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == f"{certificate.number}.pdf"
    with open(download.path(), "rb") as pdf:
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read())).pages)
    assert "Léa Gagnon" in text and "Cupping for runners" in text

    public = page.context.browser.new_context()
    try:
        visitor = public.new_page()
        visitor.goto(f"{live_server.url}/courses/certificates/verify/")
        visitor.get_by_label("Certificate number").fill(certificate.number)
        visitor.get_by_label("Check code").fill(certificate.code)
        visitor.get_by_role("button", name="Check").click()
        expect(visitor.locator("body")).to_contain_text("This certificate is valid.")
        expect(visitor.locator("body")).to_contain_text("Léa Gagnon")
        axe_check(visitor)
    finally:
        public.close()
