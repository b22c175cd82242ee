"""What staff see and do with courses beyond writing them: figures per course, each course's
students with their progress, access granted by hand and windows extended.

- `course_figures()`: every course with its students, refunds, starts, certificates and
  average progress, in one query however many students there are.
- `students(course, query)`: a course's enrolments with lessons opened and completed counted in
  the same query.
- `grant(course, emails, staff_user)`: access for each address (a clinic paying by invoice),
  with an account made where there is none and a mail to each new student (kind
  "course-granted"). An enrolment ended by a refund is opened again as a fresh grant.
- `extend(enrolment, days)`: more days on one student's window.

Refused with GrantRefused(message), nothing changed."""
from dataclasses import dataclass

from django.contrib.auth import get_user_model

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.functions import Lower

from bodybest.mail.queueing import queue_mail
from catalog.courses.enrolments import account_for
from catalog.courses.models import Course, Enrolment

GRANT_MAIL = "course-granted"
MAX_GRANT = 50  # addresses in one grant
MAX_EXTEND_DAYS = 365


class GrantRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def course_figures():
    live = Q(enrolments__ended__isnull=True)
    return (Course.objects.select_related("product")
            .annotate(lesson_count=Count("lessons", distinct=True),
                      students=Count("enrolments", filter=live, distinct=True),
                      refunded=Count("enrolments__refunds", distinct=True),
                      started=Count("enrolments", filter=live & Q(enrolments__first_opened__isnull=False),
                                    distinct=True),
                      certified=Count("enrolments__certificate", distinct=True,
                                      filter=live & Q(enrolments__certificate__withdrawn__isnull=True)),
                      completed_lessons=Count("enrolments__progress", distinct=True,
                                              filter=live & Q(enrolments__progress__completed__isnull=False)))
            .order_by("product__title"))


def average_progress(course):
    """Percent of the live students' lessons completed (0 without students or lessons)."""
    possible = course.students * course.lesson_count
    return round(100 * course.completed_lessons / possible) if possible else 0


def students(course, query=""):
    rows = (Enrolment.objects.filter(course=course)
            .select_related("user", "order", "granted_by", "certificate", "course")
            .prefetch_related("refunds__order")
            .annotate(opened=Count("progress", distinct=True),
                      completed=Count("progress", filter=Q(progress__completed__isnull=False), distinct=True))
            .order_by("-created", "-pk"))
    query = query.strip()
    if query:
        rows = rows.filter(Q(user__email__icontains=query) | Q(user__first_name__icontains=query)
                           | Q(user__last_name__icontains=query) | Q(order__number=query))
    return rows


def read_emails(text):
    """The distinct addresses in `text` (one a line, or separated by commas), or GrantRefused."""
    emails, seen = [], set()
    for raw in text.replace(",", "\n").replace(";", "\n").splitlines():
        email = raw.strip()
        if not email or email.lower() in seen:
            continue
        try:
            validate_email(email)
        except ValidationError:
            raise GrantRefused(f"“{email[:100]}” is not an email address; nothing was granted.") from None
        if len(email) > 254:
            raise GrantRefused("An email address has at most 254 characters; nothing was granted.")
        seen.add(email.lower())
        emails.append(email)
    if not emails:
        raise GrantRefused("Enter at least one email address.")
    if len(emails) > MAX_GRANT:
        raise GrantRefused(f"Grant at most {MAX_GRANT} addresses at once; nothing was granted.")
    return emails


@dataclass
class Granted:
    new: list  # addresses given access now
    already: list  # addresses whose access was open already


def grant(course, emails, staff_user):
    """Access to `course` for each address; all or nothing."""
    granted = Granted([], [])
    staff = list(get_user_model().objects.filter(is_staff=True).annotate(address=Lower("email"))
                 .filter(address__in=[email.lower() for email in emails]).values_list("email", flat=True))
    if staff:
        raise GrantRefused(f"{', '.join(staff)} is a staff account; a course is granted to students, not to "
                           "staff (staff read courses in the admin).")
    with transaction.atomic():
        for email in emails:
            user, _ = account_for(email)
            enrolment, made = Enrolment.objects.select_for_update().get_or_create(
                user=user, course=course, defaults={"granted_by": staff_user})
            if not made and enrolment.ended is None:
                granted.already.append(user.email)
                continue
            if not made:  # refunded earlier: a fresh window, paid for by other means
                enrolment.ended = enrolment.first_opened = enrolment.order = None
                enrolment.granted_by, enrolment.extra_days = staff_user, 0
                enrolment.save(update_fields=["ended", "first_opened", "order", "granted_by", "extra_days"])
            granted.new.append(user.email)
            queue_mail(GRANT_MAIL, enrolment.pk)
    return granted


def extend(enrolment, days):
    if not 1 <= days <= MAX_EXTEND_DAYS:
        raise GrantRefused(f"Add from 1 to {MAX_EXTEND_DAYS} days.")
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.ended is not None:
            raise GrantRefused("This enrolment ended with a refund: grant the course again instead.")
        if locked.extra_days + days > MAX_EXTEND_DAYS:
            raise GrantRefused(f"A window can be extended by at most {MAX_EXTEND_DAYS} days in all "
                               f"({locked.extra_days} added so far).")
        locked.extra_days += days
        locked.save(update_fields=["extra_days"])
    return locked
