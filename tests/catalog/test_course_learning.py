"""A buyer's side of a course (catalog/courses/learning_views.py): My courses with progress and
access, marking lessons complete, the quiz, the certificate PDF and its public check."""
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_product
from pypdf import PdfReader

from catalog.courses.models import Certificate, Course, Enrolment, Lesson, LessonProgress, Question

pytestmark = pytest.mark.django_db


def make_course(title="Trigger points in 30 days"):
    ProductClass = get_model("catalogue", "ProductClass")
    ProductClass.objects.get_or_create(name="Online course", defaults={"requires_shipping": False,
                                                                       "track_stock": False})
    product = create_product(title=title, product_class="Online course", price=Decimal("249.00"),
                             num_in_stock=None)
    course = Course.objects.create(product=product, instructor="Dana Reid", hours=Decimal("12.0"),
                                   credits=Decimal("8.0"), access_days=30, pass_mark=80)
    for n in range(1, 4):
        Lesson.objects.create(course=course, position=n, title=f"Lesson {n}", body="Text", is_preview=n == 1)
    for n in range(1, 6):
        question = Question.objects.create(course=course, position=n, text=f"Question {n}?")
        question.choices.create(text="Right", correct=True)
        question.choices.create(text="Wrong", correct=False)
    return course


@pytest.fixture
def course():
    return make_course()


@pytest.fixture
def student(django_user_model, course, client):
    user = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991",
                                                 first_name="Ada", last_name="Tremblay")
    Enrolment.objects.create(user=user, course=course)
    client.force_login(user)
    return user


def lesson_url(course, position):
    return reverse("courses:lesson", args=[course.product_id, position])


def complete_all(client, course):
    for lesson in course.lessons.all():
        assert client.post(reverse("courses:complete", args=[course.product_id, lesson.position])).status_code == 302


def answers(course, right):
    data = {}
    for n, question in enumerate(course.questions.all()):
        data[f"question-{question.pk}"] = question.choices.get(correct=n < right).pk
    return data


def pass_quiz(client, course):
    complete_all(client, course)
    return client.post(reverse("courses:quiz", args=[course.product_id]), answers(course, 5))


def test_my_courses_shows_a_course_not_started_with_its_first_lesson(client, student, course):
    response = client.get(reverse("courses:mine"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "0 of 3 lessons completed" in page
    assert 'data-access="not_started"' in page
    assert lesson_url(course, 1) in page


def test_my_courses_needs_a_login(client, course):
    response = client.get(reverse("courses:mine"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_opening_a_lesson_starts_the_window_and_my_courses_shows_days_left(client, student, course):
    assert client.get(lesson_url(course, 2)).status_code == 200
    enrolment = Enrolment.objects.get(user=student)
    assert enrolment.first_opened is not None
    page = client.get(reverse("courses:mine")).content.decode()
    assert 'data-access="open"' in page
    assert f"until {timezone.localtime(enrolment.expires):%Y-%m-%d}" in page


def test_marking_complete_counts_progress_and_goes_to_the_next_lesson(client, student, course):
    page = client.get(lesson_url(course, 1)).content.decode()
    assert "Mark as complete" in page and "Next: Lesson 2" in page
    response = client.post(reverse("courses:complete", args=[course.product_id, 1]))
    assert response["Location"] == lesson_url(course, 2)
    page = client.get(reverse("courses:mine")).content.decode()
    assert "1 of 3 lessons completed" in page and 'max="3" value="1"' in page
    assert lesson_url(course, 2) in page
    assert "Previous: Lesson 1" in client.get(lesson_url(course, 2)).content.decode()


def test_marking_complete_needs_a_post(client, student, course):
    assert client.get(reverse("courses:complete", args=[course.product_id, 1])).status_code == 405


def test_the_last_lesson_leads_to_the_quiz_and_my_courses_offers_it(client, student, course):
    complete_all(client, course)
    assert client.post(reverse("courses:complete", args=[course.product_id, 3]))["Location"] == \
        reverse("courses:quiz", args=[course.product_id])
    page = client.get(reverse("courses:mine")).content.decode()
    assert "3 of 3 lessons completed" in page and reverse("courses:quiz", args=[course.product_id]) in page


def test_the_quiz_is_refused_before_every_lesson_is_done(client, student, course):
    response = client.get(reverse("courses:quiz", args=[course.product_id]))
    assert response.status_code == 403
    assert "Complete every lesson before the quiz." in response.content.decode()


def test_a_score_below_the_mark_is_shown_and_may_be_tried_again(client, student, course):
    complete_all(client, course)
    response = client.post(reverse("courses:quiz", args=[course.product_id]), answers(course, 3))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Your score is 60%" in page and "<fieldset" in page and "<legend" in page
    assert not Certificate.objects.exists()


def test_a_pass_issues_the_certificate_and_shows_it(client, student, course):
    response = pass_quiz(client, course)
    certificate = Certificate.objects.get()
    assert response["Location"] == reverse("courses:certificate", args=[certificate.number])
    page = client.get(response["Location"]).content.decode()
    assert certificate.code in page
    assert reverse("courses:certificate-pdf", args=[certificate.number]) in client.get(reverse("courses:mine")).content.decode()


@pytest.mark.parametrize("spoil", ["missing", "other_question", "not_a_number"])
def test_bad_quiz_input_is_a_400_with_a_message_and_stores_nothing(client, student, course, spoil):
    complete_all(client, course)
    data = answers(course, 5)
    first, second = course.questions.all()[:2]
    if spoil == "missing":
        del data[f"question-{first.pk}"]
    elif spoil == "other_question":
        data[f"question-{first.pk}"] = second.choices.get(correct=True).pk
    else:
        data[f"question-{first.pk}"] = "abc"
    response = client.post(reverse("courses:quiz", args=[course.product_id]), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Answer every question" in page or "not a choice of its question" in page
    assert not Certificate.objects.exists()


def test_the_certificate_pdf_says_who_what_and_where_to_check_it(client, student, course):
    pass_quiz(client, course)
    certificate = Certificate.objects.get()
    response = client.get(reverse("courses:certificate-pdf", args=[certificate.number]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    for expected in ["Ada Tremblay", "Trigger points in 30 days", "Hours of study: 12.0",
                     "Continuing education credits: 8.0", "Quiz score: 100%", certificate.number,
                     certificate.code, f"number={certificate.number}"]:
        assert expected in text, (expected, text)


def test_another_customer_cannot_open_lessons_nor_certificates(client, student, course, django_user_model):
    pass_quiz(client, course)
    certificate = Certificate.objects.get()
    other = django_user_model.objects.create_user(username="bo", email="bo@example.ca", password="pw-bo-1991")
    client.force_login(other)
    assert client.get(lesson_url(course, 2)).status_code == 403
    assert client.post(reverse("courses:complete", args=[course.product_id, 2])).status_code == 403
    assert client.get(reverse("courses:quiz", args=[course.product_id])).status_code == 403
    assert client.get(reverse("courses:certificate", args=[certificate.number])).status_code == 404
    assert client.get(reverse("courses:certificate-pdf", args=[certificate.number])).status_code == 404
    assert not LessonProgress.objects.filter(enrolment__user=other).exists()


def test_access_ended_by_a_refund_is_refused(client, student, course):
    client.get(lesson_url(course, 1))
    Enrolment.objects.filter(user=student).update(ended=timezone.now())
    response = client.post(reverse("courses:complete", args=[course.product_id, 2]))
    assert response.status_code == 403
    assert "ended with its refund" in response.content.decode()
    assert client.get(reverse("courses:quiz", args=[course.product_id])).status_code == 403
    assert 'data-access="ended"' in client.get(reverse("courses:mine")).content.decode()


def test_access_over_after_its_days_shows_as_over(client, student, course):
    Enrolment.objects.filter(user=student).update(first_opened=timezone.now() - timedelta(days=31))
    assert 'data-access="over"' in client.get(reverse("courses:mine")).content.decode()
    assert client.post(reverse("courses:complete", args=[course.product_id, 2])).status_code == 403


def test_anyone_can_check_a_valid_certificate(client, student, course):
    pass_quiz(client, course)
    certificate = Certificate.objects.get()
    client.logout()
    response = client.get(reverse("courses:verify"), {"number": certificate.number, "code": certificate.code})
    assert response.status_code == 200
    page = response.content.decode()
    assert "This certificate is valid." in page and "Ada Tremblay" in page and "8.0" in page


@pytest.mark.parametrize("query", [{"number": "BB-2026-00001", "code": "WRONG"}, {"number": "BB-1999-99999", "code": "ABCD1234"}])
def test_an_unknown_number_or_code_is_a_404_saying_so(client, student, course, query):
    pass_quiz(client, course)
    client.logout()
    response = client.get(reverse("courses:verify"), query)
    assert response.status_code == 404
    assert "no certificate with that number and code" in response.content.decode()


def test_the_verification_page_is_rate_limited_per_address(client, settings):
    settings.CERTIFICATE_VERIFY_RATE = "2/m"
    for _ in range(2):
        assert client.get(reverse("courses:verify"), {"number": "X", "code": "Y"}).status_code == 404
    assert client.get(reverse("courses:verify"), {"number": "X", "code": "Y"}).status_code == 429
