"""Who may open what of a course, and what opening it does.

- A preview lesson is open to anyone.
- Any other lesson needs an enrolment not ended (by a refund) and inside its window: the
  course's days (`Course.access_days`, plus any days staff add) counted from the first lesson
  the buyer opened. Opening a lesson for the first time starts the window and records it.
- The quiz is open to an enrolment whose every lesson is completed; a pass at the course's
  mark issues the certificate, once.

Refused with AccessRefused(message), nothing changed."""
from django.db import transaction
from django.utils import timezone

from catalog.courses.models import Certificate, Enrolment, LessonProgress


class AccessRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def enrolment_of(user, course):
    if not getattr(user, "is_authenticated", False):
        return None
    return Enrolment.objects.filter(user=user, course=course).select_related("course").first()


def check_open(enrolment, now):
    if enrolment is None:
        raise AccessRefused("This lesson is for the course's students: buy the course to read it.")
    if enrolment.ended is not None:
        raise AccessRefused("Your access to this course ended with its refund.")
    if not enrolment.open_at(now):
        raise AccessRefused(f"Your {enrolment.course.access_days + enrolment.extra_days} days of access "
                            "to this course are over. Write to us if you need more time.")


def open_lesson(*, user, lesson, now=None):
    """The lesson may be shown: returns the enrolment (None for a preview read by anyone)."""
    now = now or timezone.now()
    enrolment = enrolment_of(user, lesson.course)
    if lesson.is_preview and (enrolment is None or not enrolment.open_at(now)):
        return None
    check_open(enrolment, now)
    with transaction.atomic():
        Enrolment.objects.filter(pk=enrolment.pk, first_opened__isnull=True).update(first_opened=now)
        LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson, defaults={"opened": now})
    enrolment.refresh_from_db()
    return enrolment


def complete_lesson(*, user, lesson, now=None):
    now = now or timezone.now()
    enrolment = open_lesson(user=user, lesson=lesson, now=now)
    if enrolment is None:
        raise AccessRefused("Buy the course to keep your progress.")
    LessonProgress.objects.filter(enrolment=enrolment, lesson=lesson, completed__isnull=True).update(completed=now)
    return enrolment


def completed_lessons(enrolment):
    return set(LessonProgress.objects.filter(enrolment=enrolment, completed__isnull=False)
               .values_list("lesson_id", flat=True))


def grade(course, answers):
    """Percent of the course's questions answered with a right choice ({question id: choice id})."""
    questions = list(course.questions.prefetch_related("choices"))
    if not questions:
        return 0
    right = sum(1 for q in questions
                if any(c.correct and c.pk == answers.get(q.pk) for c in q.choices.all()))
    return round(100 * right / len(questions))


def take_quiz(*, user, course, answers, now=None):
    """(score, certificate or None). Refused before every lesson is completed."""
    now = now or timezone.now()
    enrolment = enrolment_of(user, course)
    check_open(enrolment, now)
    lessons = set(course.lessons.values_list("pk", flat=True))
    if not lessons <= completed_lessons(enrolment):
        raise AccessRefused("Complete every lesson before the quiz.")
    score = grade(course, answers)
    if score < course.pass_mark:
        return score, None
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().filter(enrolment=enrolment).first()
        if certificate is not None and certificate.withdrawn is not None:  # refunded, then enrolled again
            certificate.withdrawn, certificate.issued, certificate.score = None, now, score
            certificate.name = user.get_full_name() or user.email
            certificate.save(update_fields=["withdrawn", "issued", "score", "name"])
        if certificate is None:
            name = user.get_full_name() or user.email
            certificate = Certificate.objects.create(
                enrolment=enrolment, number=f"BB-{now:%Y}-{enrolment.pk:05d}", name=name,
                course_title=course.product.get_title(), hours=course.hours, credits=course.credits,
                score=score, issued=now)
    return score, certificate
