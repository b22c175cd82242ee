"""{% lesson_progress lesson %}: on a lesson page, for a buyer whose access is open, the course's
previous and next lessons and the "Mark as complete" form (catalog/courses/learning_views.py)."""
from django import template
from django.utils import timezone

from catalog.courses.access import enrolment_of
from catalog.courses.learning import neighbours, standing

register = template.Library()


@register.simple_tag
def order_courses(order):
    """{% order_courses order as courses %}: the courses an order bought, for its thank-you page."""
    from catalog.courses.enrolments import courses_in

    return courses_in(order)


@register.simple_tag
def course_refund_policy():
    """{% course_refund_policy as policy %}: the refund policy staff edit, for a course's page."""
    from catalog.courses.models import RefundPolicy

    return RefundPolicy.current()


@register.inclusion_tag("courses/partials/lesson_progress.html", takes_context=True)
def lesson_progress(context, lesson):
    enrolment = enrolment_of(context["request"].user, lesson.course)
    if enrolment is None or not enrolment.open_at(timezone.now()):
        return {"shown": False}
    previous, following = neighbours(lesson)
    mine = standing(enrolment, timezone.now())
    return {"shown": True, "lesson": lesson, "product_id": lesson.course.product_id, "previous": previous,
            "following": following, "standing": mine, "done": lesson.pk in mine.done,
            "csrf_token": context.get("csrf_token")}
