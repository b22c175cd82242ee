"""Course access (catalog/courses/access.py): previews for anyone, lessons for enrolled buyers
inside their window from the first lesson opened, nothing after a refund, the quiz after every
lesson, and one certificate on a pass."""
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser

from catalog.courses import access
from catalog.courses.models import Certificate, Enrolment
from tests.catalog.test_course_learning import make_course

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("America/Toronto"))


@pytest.fixture
def course():
    return make_course()


@pytest.fixture
def buyer(django_user_model, course):
    user = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991",
                                                 first_name="Ada", last_name="Moreau")
    Enrolment.objects.create(user=user, course=course)
    return user


def answers(course, right):
    picked = {}
    for n, question in enumerate(course.questions.all()):
        picked[question.pk] = question.choices.get(correct=n < right).pk
    return picked


def test_a_preview_is_open_to_anyone_and_other_lessons_need_the_course(course, django_user_model):
    preview, second = course.lessons.all()[:2]
    assert access.open_lesson(user=AnonymousUser(), lesson=preview, now=NOW) is None
    stranger = django_user_model.objects.create_user(username="x", email="x@example.ca", password="pw-x-19910")
    for user in (AnonymousUser(), stranger):
        with pytest.raises(access.AccessRefused, match="buy the course"):
            access.open_lesson(user=user, lesson=second, now=NOW)


def test_the_window_counts_from_the_first_lesson_opened_and_staff_can_extend_it(course, buyer):
    lesson = course.lessons.get(position=2)
    enrolment = access.open_lesson(user=buyer, lesson=lesson, now=NOW)
    assert enrolment.first_opened == NOW and enrolment.expires == NOW + timedelta(days=30)
    access.open_lesson(user=buyer, lesson=lesson, now=NOW + timedelta(days=29, hours=23))
    with pytest.raises(access.AccessRefused, match="30 days of access"):
        access.open_lesson(user=buyer, lesson=lesson, now=NOW + timedelta(days=30))
    Enrolment.objects.filter(pk=enrolment.pk).update(extra_days=7)
    access.open_lesson(user=buyer, lesson=lesson, now=NOW + timedelta(days=36))


def test_a_refund_ends_access(course, buyer):
    Enrolment.objects.filter(user=buyer).update(ended=NOW)
    with pytest.raises(access.AccessRefused, match="ended with its refund"):
        access.open_lesson(user=buyer, lesson=course.lessons.get(position=2), now=NOW)


def test_the_quiz_waits_for_every_lesson_and_a_pass_issues_one_certificate(course, buyer):
    with pytest.raises(access.AccessRefused, match="Complete every lesson"):
        access.take_quiz(user=buyer, course=course, answers=answers(course, 5), now=NOW)
    for lesson in course.lessons.all():
        access.complete_lesson(user=buyer, lesson=lesson, now=NOW)
    assert access.take_quiz(user=buyer, course=course, answers=answers(course, 3), now=NOW) == (60, None)
    score, certificate = access.take_quiz(user=buyer, course=course, answers=answers(course, 4), now=NOW)
    assert score == 80 and certificate.name == "Ada Moreau" and certificate.credits == Decimal("8.0")
    again = access.take_quiz(user=buyer, course=course, answers=answers(course, 5), now=NOW)[1]
    assert again == certificate and Certificate.objects.count() == 1
    assert certificate.number.startswith("BB-2026-")


def test_a_course_product_needs_no_shipping(course):
    assert not course.product.product_class.requires_shipping
