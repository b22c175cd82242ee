"""What a buyer sees of their own course: progress, the state of their access, the next lesson.
Plain reads over an enrolment; the rules of access stay in catalog/courses/access.py."""
from dataclasses import dataclass

from catalog.courses.access import completed_lessons


@dataclass
class Standing:
    enrolment: object
    lessons: list
    done: set
    state: str  # "not_started", "open", "over" or "ended"
    refund: object = None  # catalog/courses/refunds.Eligibility, where the page shows it

    @property
    def total(self):
        return len(self.lessons)

    @property
    def completed(self):
        return sum(1 for lesson in self.lessons if lesson.pk in self.done)

    @property
    def percent(self):
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def next_lesson(self):
        return next((lesson for lesson in self.lessons if lesson.pk not in self.done), None)

    @property
    def all_done(self):
        return self.total > 0 and self.completed == self.total

    @property
    def is_open(self):
        return self.state in ("not_started", "open")

    @property
    def certificate(self):
        certificate = getattr(self.enrolment, "certificate", None)
        return certificate if certificate is not None and certificate.withdrawn is None else None


def access_state(enrolment, now):
    if enrolment.ended is not None:
        return "ended"
    if enrolment.first_opened is None:
        return "not_started"
    return "open" if enrolment.open_at(now) else "over"


def standing(enrolment, now):
    lessons = list(enrolment.course.lessons.all())
    return Standing(enrolment, lessons, completed_lessons(enrolment), access_state(enrolment, now))


def neighbours(lesson):
    """(previous lesson, next lesson) of the course, by position; None at either end."""
    lessons = lesson.course.lessons.only("pk", "position", "title", "course_id")
    previous = lessons.filter(position__lt=lesson.position).order_by("-position").first()
    following = lessons.filter(position__gt=lesson.position).order_by("position").first()
    return previous, following
