"""How the courses dashboard holds up with a popular course: 5,000 students (each with progress
over 7 lessons, a tenth certified, a twentieth refunded) beside a small course. Not collected
by the suite; run it by name on PostgreSQL:
`DATABASE_URL=postgres://… pytest -p no:cacheprovider -s tests/bench/courses.py`.
Prints each page's queries and time (best of three)."""
import random
import time
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_product

from catalog.courses.models import Certificate, Course, Enrolment, Lesson, LessonProgress

pytestmark = pytest.mark.django_db
STUDENTS = 5_000


def _course(title, lessons):
    ProductClass = get_model("catalogue", "ProductClass")
    ProductClass.objects.get_or_create(name="Online course", defaults={"requires_shipping": False,
                                                                       "track_stock": False})
    product = create_product(title=title, product_class="Online course", price=Decimal("249.00"), num_in_stock=None)
    course = Course.objects.create(product=product, instructor="Dana Reid", hours=Decimal("12.0"),
                                   credits=Decimal("8.0"))
    Lesson.objects.bulk_create([Lesson(course=course, position=n, title=f"Lesson {n}", body="Text")
                                for n in range(1, lessons + 1)])
    return course


def _best_of_three(client, url):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return min(times), len(queries)


def test_courses_dashboard_with_5000_students(client, django_user_model):
    chooser, now = random.Random(21), timezone.now()
    big, small = _course("Trigger points in 30 days", 7), _course("Hot stone technique", 4)
    User = django_user_model
    users = User.objects.bulk_create([User(username=f"student{n}", email=f"student{n}@example.ca")
                                      for n in range(STUDENTS)])
    enrolments = Enrolment.objects.bulk_create([
        Enrolment(user=user, course=big, first_opened=now if n % 3 else None,
                  ended=now if n % 20 == 0 else None) for n, user in enumerate(users)])
    lessons = list(big.lessons.all())
    progress = []
    for enrolment in enrolments:
        for lesson in lessons[:chooser.randint(0, len(lessons))]:
            progress.append(LessonProgress(enrolment=enrolment, lesson=lesson, completed=now))
    LessonProgress.objects.bulk_create(progress, batch_size=5_000)
    Certificate.objects.bulk_create([
        Certificate(enrolment=e, number=f"BB-2026-{e.pk:05d}", name="S", course_title="T", hours=1, credits=1,
                    score=90) for e in enrolments[::10]])
    Enrolment.objects.create(user=users[0], course=small)
    staff = User.objects.create_user(username="sam", email="sam@bodybest.ca", password="pw", is_staff=True)
    staff.groups.add(Group.objects.get(name="Customer service"))
    client.force_login(staff)

    index = _best_of_three(client, reverse("courses-dashboard:index"))
    course_page = _best_of_three(client, reverse("courses-dashboard:course", args=[big.product_id]))
    search = _best_of_three(client, reverse("courses-dashboard:course", args=[big.product_id]) + "?q=student49")
    print(f"\n{STUDENTS} students, {len(progress)} lessons of progress, {len(enrolments[::10])} certificates:"
          f"\n  courses dashboard: {index[1]} queries, {index[0] * 1000:.0f} ms"
          f"\n  the course's students (50 a page): {course_page[1]} queries, {course_page[0] * 1000:.0f} ms"
          f"\n  a search by email: {search[1]} queries, {search[0] * 1000:.0f} ms")
