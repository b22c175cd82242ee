"""A course's lesson page: a preview lesson is open to anyone, any other to a buyer whose access
is open (catalog/courses/access.py); anyone else gets a 403 page saying to buy the course."""
from django.shortcuts import get_object_or_404, render

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
