"""A course's lesson page: a preview lesson is open to anyone, any other to a buyer whose access
is open (catalog/courses/access.py); anyone else gets a 403 page saying to buy the course."""
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from blog.rendering import render_markdown
from catalog.courses.access import AccessRefused, enrolment_of, open_lesson
from catalog.courses.models import Lesson
from catalog.courses.video import embed_url


def lesson_view(request, pk, position):
    lesson = get_object_or_404(
        Lesson.objects.select_related("course__product"), course__product_id=pk, position=position)
    course = lesson.course
    try:
        open_lesson(user=request.user, lesson=lesson)
    except AccessRefused:
        enrolment = enrolment_of(request.user, course)
        reason = None if enrolment is None else "ended" if enrolment.ended else "over"
        return render(request, "courses/lesson_refused.html",
                      {"lesson": lesson, "course": course, "product": course.product, "reason_key": reason},
                      status=403)
    return render(request, "courses/lesson.html", {
        "lesson": lesson, "course": course, "product": course.product,
        "body_html": render_markdown(lesson.body), "video_embed": embed_url(lesson.video_url),
    })


def course_by_slug(request, slug):
    """A course's product page from its slug in either language: a link that outlives the product's
    id (the demo blog article links to its course this way)."""
    from catalog.courses.models import Course

    course = (Course.objects.select_related("product")
              .filter(Q(product__slug_en_ca=slug) | Q(product__slug_fr_ca=slug)).first())
    if course is None:
        raise Http404("No such course")
    return redirect(course.product.get_absolute_url())
