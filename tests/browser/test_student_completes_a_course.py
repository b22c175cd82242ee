"""A student enrolled in a course (put in the database directly: buying is tested elsewhere)
opens My courses, reads the lessons marking each complete, passes the quiz, downloads the
certificate (a real browser download) and checks it on the public page; axe on each page."""
import io

import pytest
from django.conf import settings
from django.test import Client
from pypdf import PdfReader

from catalog.courses.models import Certificate, Enrolment
from tests.catalog.test_course_learning import make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_student_completes_a_course_and_checks_the_certificate(page, live_server, seeded_store,
                                                                  django_user_model, axe_check):
    course = make_course(title="Cupping for runners")
    student = django_user_model.objects.create_user(username="lea", email="lea@example.ca", password="pw-lea-1991",
                                                    first_name="Léa", last_name="Gagnon")
    Enrolment.objects.create(user=student, course=course)
    client = Client()
    client.force_login(student)
    host = live_server.url.split("//")[1].split(":")[0]
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                               "domain": host, "path": "/"}])

    page.goto(f"{live_server.url}/accounts/profile/")
    page.get_by_role("link", name="My courses").first.click()
    assert "0 of 3 lessons completed" in page.content()
    axe_check(page)
    page.get_by_role("link", name="Start the course").click()
    for n in range(1, 4):
        assert page.get_by_role("heading", level=1).inner_text() == f"Lesson {n}"
        if n == 2:
            axe_check(page)
        page.get_by_role("button", name="Mark as complete").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Quiz: Cupping for runners"
    axe_check(page)
    for question in course.questions.all():
        page.get_by_role("group", name=f"{question.position}. {question.text}").get_by_label("Right").check()
    page.get_by_role("button", name="Send my answers").click()

    certificate = Certificate.objects.get()
    assert page.get_by_role("heading", level=1).inner_text() == "Your certificate"
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
        assert "This certificate is valid." in visitor.content()
        assert "Léa Gagnon" in visitor.content()
        axe_check(visitor)
    finally:
        public.close()
