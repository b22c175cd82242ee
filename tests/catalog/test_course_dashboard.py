"""The courses dashboard (catalog/courses/dashboard_views.py): figures per course, a course's
students with their progress, granting access by hand, extending a window and refunding."""
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from bodybest import roles
from catalog.courses.models import Certificate, Enrolment, LessonProgress
from catalog.courses.refunds import end_access
from checkout.models import CardPayment
from tests.catalog.test_course_learning import make_course
from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return make_course()


def member(django_user_model, role, username="sam"):
    user = django_user_model.objects.create_user(username=username, email=f"{username}@bodybest.ca",
                                                 password="pw-staff-1991", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def service(client, django_user_model):
    user = member(django_user_model, roles.CUSTOMER_SERVICE)
    client.force_login(user)
    return user


def students(django_user_model, course, count):
    made = []
    for n in range(count):
        user = django_user_model.objects.create_user(username=f"s{n}", email=f"s{n}@example.ca", password="x")
        made.append(Enrolment.objects.create(user=user, course=course))
    return made


def test_the_index_adds_up_each_courses_students(client, service, course, django_user_model):
    started, idle, refunded, certified = students(django_user_model, course, 4)
    lessons = list(course.lessons.all())
    now = timezone.now()
    for enrolment in (started, certified):
        Enrolment.objects.filter(pk=enrolment.pk).update(first_opened=now)
    LessonProgress.objects.create(enrolment=started, lesson=lessons[0], completed=now)
    for lesson in lessons:
        LessonProgress.objects.create(enrolment=certified, lesson=lesson, completed=now)
    Certificate.objects.create(enrolment=certified, number="BB-2026-00001", name="S3", course_title="T",
                               hours=1, credits=1, score=100)
    end_access(Enrolment.objects.filter(pk=refunded.pk), now)  # as a refund does
    page = client.get(reverse("courses-dashboard:index")).content.decode()
    row = page[page.index(f'data-course="{course.product_id}"'):]
    # 3 live students x 3 lessons = 9; 1 + 3 completed = 44 %.
    assert 'data-students>3<' in row and 'data-started>2<' in row
    assert 'data-average="44"' in row and 'data-certified>1<' in row and 'data-refunded>1<' in row


def test_a_courses_page_shows_each_students_progress_and_access(client, service, course, django_user_model):
    first, = students(django_user_model, course, 1)
    Enrolment.objects.filter(pk=first.pk).update(first_opened=timezone.now() - timedelta(days=40), extra_days=5)
    LessonProgress.objects.create(enrolment=first, lesson=course.lessons.first(), completed=timezone.now())
    page = client.get(reverse("courses-dashboard:course", args=[course.product_id])).content.decode()
    assert f'data-enrolment="{first.pk}" data-state="over"' in page
    assert 'data-completed="1"' in page and "1 of 3" in page and "5 days added" in page
    assert "s0@example.ca" in client.get(reverse("courses-dashboard:course", args=[course.product_id]),
                                         {"q": "s0@"}).content.decode()
    assert "No student matches" in client.get(reverse("courses-dashboard:course", args=[course.product_id]),
                                              {"q": "nobody"}).content.decode()


def test_a_courses_page_takes_the_same_queries_for_3_and_30_students(client, service, course, django_user_model):
    url = reverse("courses-dashboard:course", args=[course.product_id])
    students(django_user_model, course, 3)
    Enrolment.objects.update(first_opened=timezone.now())  # each row then shows its window's end
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    Enrolment.objects.all().delete()
    for n in range(30):
        user = django_user_model.objects.create_user(username=f"t{n}", email=f"t{n}@example.ca", password="x")
        Enrolment.objects.create(user=user, course=course, first_opened=timezone.now())
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.content.decode().count("data-enrolment=") == 30
    assert len(many) == len(few)


def test_granting_makes_accounts_where_needed_and_mails_each_student_once(
        client, service, course, django_user_model, django_capture_on_commit_callbacks):
    known = django_user_model.objects.create_user(username="kim", email="kim@clinic.ca", password="pw-kim-1991")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("courses-dashboard:grant"), {
            "course": course.pk, "emails": "kim@clinic.ca\nlee@clinic.ca, KIM@clinic.ca"})
    assert response.status_code == 302
    granted = {e.user.email: e for e in Enrolment.objects.select_related("user")}
    assert set(granted) == {"kim@clinic.ca", "lee@clinic.ca"}
    assert granted["kim@clinic.ca"].user == known and all(e.granted_by == service for e in granted.values())
    assert not granted["lee@clinic.ca"].user.has_usable_password()
    assert sorted(m.to[0] for m in mail.outbox) == ["kim@clinic.ca", "lee@clinic.ca"]
    new_student = next(m for m in mail.outbox if m.to == ["lee@clinic.ca"])
    assert "opened a course for you" in new_student.body and "/password-reset/confirm/" in new_student.body
    # Granting again leaves an open enrolment as it is, and mails nobody.
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(reverse("courses-dashboard:grant"), {"course": course.pk, "emails": "lee@clinic.ca"},
                            follow=True)
    assert "Already open, left as it was: lee@clinic.ca" in again.content.decode()
    assert len(mail.outbox) == 2 and Enrolment.objects.count() == 2


@pytest.mark.parametrize("emails, message", [
    ("", "Enter at least one email address."),
    ("kim@clinic.ca\nnot-an-address", "is not an email address; nothing was granted."),
    ("\n".join(f"p{n}@clinic.ca" for n in range(51)), "Grant at most 50 addresses at once"),
])
def test_a_bad_grant_is_a_400_and_grants_nobody(client, service, course, emails, message):
    response = client.post(reverse("courses-dashboard:grant"), {"course": course.pk, "emails": emails})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Enrolment.objects.exists()


def test_granting_a_refunded_student_again_opens_a_fresh_window(client, service, course, django_user_model):
    enrolment, = students(django_user_model, course, 1)
    Enrolment.objects.filter(pk=enrolment.pk).update(ended=timezone.now(), first_opened=timezone.now(), extra_days=4)
    client.post(reverse("courses-dashboard:grant"), {"course": course.pk, "emails": "s0@example.ca"})
    enrolment.refresh_from_db()
    assert (enrolment.ended, enrolment.first_opened, enrolment.extra_days, enrolment.granted_by) == \
        (None, None, 0, service)


def test_extending_adds_days_and_bad_days_are_a_400(client, service, course, django_user_model):
    enrolment, = students(django_user_model, course, 1)
    url = reverse("courses-dashboard:extend", args=[enrolment.pk])
    assert client.post(url, {"days": "10"}).status_code == 302
    for bad in ("0", "366", "ten", ""):
        response = client.post(url, {"days": bad})
        assert response.status_code == 400
        assert "Nothing was changed for s0@example.ca" in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.extra_days == 10
    Enrolment.objects.filter(pk=enrolment.pk).update(ended=timezone.now())
    assert client.post(url, {"days": "5"}).status_code == 400


def test_staff_refund_a_course_outside_the_policy_with_a_reason(client, fake_stripe, course, django_user_model):
    ada = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991")
    client.force_login(ada)
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    ready_to_pay(client, weighed_product("40.00"), email="ada@example.ca")
    place_order(client, fake_stripe)
    enrolment = Enrolment.objects.get()
    for lesson in course.lessons.all():  # past the policy's one lesson
        client.get(reverse("courses:lesson", args=[course.product_id, lesson.position]))
    client.force_login(member(django_user_model, roles.CUSTOMER_SERVICE))
    url = reverse("courses-dashboard:refund", args=[enrolment.pk])
    page = client.get(url).content.decode()
    assert "$286.29" in page and 'data-within="no"' in page
    assert client.post(url, {"reason": ""}).status_code == 400
    assert CardPayment.objects.get().amount_refunded == 0
    assert client.post(url, {"reason": "The clinic closed"}).status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.ended is not None and CardPayment.objects.get().amount_refunded == Decimal("286.29")
    assert client.post(url, {"reason": "Again"}).status_code == 409
    assert CardPayment.objects.get().amount_refunded == Decimal("286.29")


@pytest.mark.parametrize("role, index, grant", [
    (roles.CONTENT, 200, 403), (roles.FULFILMENT, 403, 403), (roles.CUSTOMER_SERVICE, 200, 302)])
def test_who_reads_and_who_grants(client, course, django_user_model, role, index, grant):
    client.force_login(member(django_user_model, role))
    assert client.get(reverse("courses-dashboard:index")).status_code == index
    response = client.post(reverse("courses-dashboard:grant"), {"course": course.pk, "emails": "x@clinic.ca"})
    assert response.status_code == grant
    assert Enrolment.objects.exists() == (grant == 302)


def test_grant_refuses_staff_accounts_and_overlong_addresses(client, service, course, django_user_model):
    member(django_user_model, roles.OWNER, username="owner")
    for emails, message in [("OWNER@bodybest.ca\nclinic@example.ca", "owner@bodybest.ca is a staff account"),
                            ("a" * 250 + "@example.ca", "at most 254 characters")]:
        response = client.post(reverse("courses-dashboard:grant"), {"course": course.pk, "emails": emails})
        assert response.status_code == 400 and message in response.content.decode()
    assert not Enrolment.objects.exists()


def test_grant_finds_a_free_username_when_the_address_is_taken_as_one(client, service, course, django_user_model):
    django_user_model.objects.create_user(username="kim@clinic.ca", email="other@clinic.ca", password="x")
    long_one, long_two = "k" * 148 + "x@clinic.ca", "k" * 148 + "y@clinic.ca"  # the same first 150 characters
    response = client.post(reverse("courses-dashboard:grant"), {
        "course": course.pk, "emails": f"kim@clinic.ca\n{long_one}\n{long_two}"})
    assert response.status_code == 302
    assert sorted(e.user.email for e in Enrolment.objects.select_related("user")) == sorted(
        ["kim@clinic.ca", long_one, long_two])


def test_a_staff_refund_withdraws_the_certificate(client, fake_stripe, course, django_user_model):
    from tests.catalog.test_course_learning import pass_quiz

    ada = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991")
    client.force_login(ada)
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    ready_to_pay(client, weighed_product("40.00"), email="ada@example.ca")
    place_order(client, fake_stripe)
    pass_quiz(client, course)
    certificate = Certificate.objects.get()
    check = reverse("courses:verify") + f"?number={certificate.number}&code={certificate.code}"
    assert client.get(check).status_code == 200
    staff = Client()
    staff.force_login(member(django_user_model, roles.CUSTOMER_SERVICE))
    url = reverse("courses-dashboard:refund", args=[Enrolment.objects.get().pk])
    assert f"holds certificate {certificate.number}" in staff.get(url).content.decode()
    assert staff.post(url, {"reason": "Bad\x00reason"}).status_code == 400
    assert staff.post(url, {"reason": "Clinic closed"}).status_code == 302
    withdrawn = client.get(check)
    assert withdrawn.status_code == 410 and "This certificate was withdrawn" in withdrawn.content.decode()
    assert client.get(reverse("courses:certificate-pdf", args=[certificate.number])).status_code == 404
    # Granted again, the student passes again and the same number is valid again; the refund
    # stays in the enrolment's history and in the course's figures.
    order = Enrolment.objects.get().order
    staff.post(reverse("courses-dashboard:grant"), {"course": course.pk, "emails": "ada@example.ca"})
    pass_quiz(client, course)
    assert client.get(check).status_code == 200
    students_page = staff.get(reverse("courses-dashboard:course", args=[course.product_id])).content.decode()
    assert f'Refunded {timezone.localdate().isoformat()}: order <a href="/dashboard/orders/{order.number}/">' \
        in students_page
    assert "data-refunded>1<" in staff.get(reverse("courses-dashboard:index")).content.decode()
