"""A course's pages (catalog/courses/views.py, templates/courses/): the product page's "What the
course includes", the preview lesson open to anyone, any other lesson for its buyers only, and a
video embedded only from YouTube (no-cookie) or Vimeo."""
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from oscar.test.factories import create_product

from catalog.courses.models import Association, Course, Enrolment, Lesson
from catalog.courses.video import embed_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    ProductClass = get_model("catalogue", "ProductClass")
    ProductClass.objects.get_or_create(name="Online course", defaults={"requires_shipping": False,
                                                                       "track_stock": False})
    product = create_product(title="Trigger points in 30 days", product_class="Online course",
                             price=Decimal("249.00"), num_in_stock=None)
    course = Course.objects.create(product=product, instructor="Dana Reid", instructor_bio="Twenty years in clinic.",
                                   hours=Decimal("12.0"), credits=Decimal("8.0"), access_days=30)
    for n in range(1, 4):
        Lesson.objects.create(course=course, position=n, title=f"Part {n} of the course", minutes=20 + n,
                              body=f"## Heading {n}\n\nBody of part {n}. <script>alert(1)</script>",
                              is_preview=n == 1)
    return course


def lesson_url(course, position, language="en-ca"):
    with translation.override(language):
        return reverse("courses:lesson", args=[course.product.pk, position])


def product_page(client, course, language="en-ca"):
    with translation.override(language):
        url = course.product.get_absolute_url()
    return client.get(url, follow=True)


def test_the_product_page_says_what_the_course_includes(client, course):
    page = product_page(client, course).content.decode()
    assert "What the course includes" in page
    for fact in ("Dana Reid", "Twenty years in clinic.", "12.0", "8.0", "3 lessons", "30 days from the first lesson",
                 "Part 1 of the course", "Part 3 of the course", "(23 min)", "Ask us"):
        assert fact in page, fact
    assert f'href="{lesson_url(course, 1)}"' in page  # the preview
    assert f'href="{lesson_url(course, 2)}"' not in page


def test_recognising_associations_replace_ask_us(client, course):
    course.recognised_by.add(Association.objects.create(name="Example Therapists' Guild", url="https://example.org/"))
    page = product_page(client, course).content.decode()
    assert "Example Therapists&#x27; Guild" in page or "Example Therapists' Guild" in page
    assert "Ask us" not in page


def test_the_product_page_costs_the_same_with_more_lessons(client, course):
    product_page(client, course)  # warm caches
    with CaptureQueriesContext(connection) as few:
        product_page(client, course)
    for n in range(4, 12):
        Lesson.objects.create(course=course, position=n, title=f"Part {n}", body="Text")
    course.recognised_by.add(Association.objects.create(name="A"), Association.objects.create(name="B"))
    product_page(client, course)
    with CaptureQueriesContext(connection) as more:
        product_page(client, course)
    assert len(more) == len(few)


def test_a_product_that_is_not_a_course_has_no_course_section(client):
    product = create_product(title="Foam roller", price=Decimal("30.00"), num_in_stock=5)
    assert "What the course includes" not in client.get(product.get_absolute_url(), follow=True).content.decode()


def test_the_preview_is_open_to_anyone_sanitised(client, course):
    response = client.get(lesson_url(course, 1))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Part 1 of the course" in page and "<h2>Heading 1</h2>" in page
    assert "<script>alert(1)</script>" not in page


def test_a_paid_lesson_is_refused_to_a_visitor_and_another_customer(client, course, django_user_model):
    response = client.get(lesson_url(course, 2))
    assert response.status_code == 403
    assert "Buy the course to read it." in response.content.decode()
    other = django_user_model.objects.create_user(username="o", email="o@example.ca", password="pw-other-1991")
    client.force_login(other)
    assert client.get(lesson_url(course, 2)).status_code == 403


def test_an_enrolled_buyer_reads_every_lesson(client, course, django_user_model):
    buyer = django_user_model.objects.create_user(username="b", email="b@example.ca", password="pw-buyer-1991")
    Enrolment.objects.create(user=buyer, course=course)
    client.force_login(buyer)
    response = client.get(lesson_url(course, 2))
    assert response.status_code == 200
    assert "Body of part 2." in response.content.decode()
    assert Enrolment.objects.get(user=buyer).first_opened is not None


def test_an_unknown_lesson_is_404(client, course):
    assert client.get(lesson_url(course, 9)).status_code == 404


@pytest.mark.parametrize("url, embed", [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ("https://evil.example/watch?v=dQw4w9WgXcQ", None),
    ("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", None),
    ("javascript:alert(1)", None),
    ("https://www.youtube.com/watch?v=bad\"id", None),
    ("", None),
])
def test_videos_embed_only_from_youtube_or_vimeo(url, embed):
    assert embed_url(url) == embed


def test_the_lesson_page_embeds_an_allowed_video_only(client, course):
    lesson = course.lessons.get(position=1)
    lesson.video_url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    lesson.save()
    response = client.get(lesson_url(course, 1))
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in response.content.decode()
    assert "https://www.youtube-nocookie.com" in response.headers["Content-Security-Policy"]
    lesson.video_url = "https://videos.example/clip.mp4"
    lesson.save()
    assert "<iframe" not in client.get(lesson_url(course, 1)).content.decode()


def test_the_pages_in_french(client, course):
    page = product_page(client, course, "fr-ca").content.decode()
    assert "Ce que comprend la formation" in page and "Demandez-nous" in page and "3 leçons" in page
    response = client.get(lesson_url(course, 2, "fr-ca"))
    assert lesson_url(course, 2, "fr-ca").startswith("/fr/courses/")
    assert response.status_code == 403 and "Achetez la formation" in response.content.decode()
    assert "Aperçu gratuit" in client.get(lesson_url(course, 1, "fr-ca")).content.decode()


def test_a_category_of_courses_costs_the_same_for_2_and_6_courses(client, search_index, django_user_model):
    """Each course card asks whether the shopper has the course already: from one lookup per
    page, not one per card (checkout/partner/strategy.py)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from catalog.courses.models import Enrolment
    from tests import factories
    from tests.catalog.test_course_learning import make_course

    ada = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991")
    client.force_login(ada)
    category = factories.category("Courses")

    def cost(count):
        for n in range(count):
            course = make_course(title=f"Course {Enrolment.objects.count()}-{n}")
            course.product.categories.add(category)
            Enrolment.objects.get_or_create(user=ada, course=course)
        search_index()
        client.get(category.get_absolute_url())
        cache.clear()  # every card rendered again
        with CaptureQueriesContext(connection) as captured:
            response = client.get(category.get_absolute_url())
        assert response.status_code == 200
        return len(captured), response.content.decode().count("You have this course")

    few, shown_few = cost(2)
    more, shown_more = cost(4)
    assert (shown_few, shown_more) == (2, 6)
    assert few == more, f"{few} queries with 2 courses, {more} with 6"
