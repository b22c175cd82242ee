"""Giving buyers their courses, and taking access back.

- When an order becomes Paid (Oscar's `order_status_changed`), each course in it becomes an
  enrolment of the account that bought it. A guest has no account, and access needs one: an
  account is made for the order's address (or the existing one found), and the guest is mailed
  a link to choose a password (kind "course-account", once per order).
- When an order is refunded in full (checkout/refunds.py), its enrolments end: the lessons,
  the quiz and a certificate not yet issued are closed to the buyer."""
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from bodybest.mail.queueing import queue_mail
from catalog.courses.models import Course, Enrolment

ACCOUNT_MAIL = "course-account"


def courses_in(order):
    return list(Course.objects.filter(product__in=order.lines.values("product")).select_related("product"))


def account_for(email):
    """The account with this address, or a new one without a usable password; (user, made)."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is not None:
        return user, False
    user = User(username=free_username(email), email=email)
    user.set_unusable_password()
    user.save()
    return user, True


def free_username(email):
    """The address as a username (at most 150 characters), with a number added when an account
    already has that name (another account's username, or a long address sharing its start)."""
    User = get_user_model()
    base = email.lower()[:150]
    name, n = base, 1
    while User.objects.filter(username__iexact=name).exists():
        n += 1
        suffix = f"-{n}"
        name = base[:150 - len(suffix)] + suffix
    return name


def enrol_paid_order(order):
    """Enrolments for the courses in a paid order (idempotent); the guest's account when needed."""
    courses = courses_in(order)
    if not courses:
        return []
    with transaction.atomic():
        user, made = (order.user, False) if order.user_id else account_for(order.guest_email)
        enrolments = [_enrol(user, course, order) for course in courses]
        if not order.user_id:
            queue_mail(ACCOUNT_MAIL, order.pk)
    return enrolments


def _enrol(user, course, order):
    """The buyer's enrolment in `course` for `order`. Bought again after a refund, after the
    window ran out, or over a course staff granted: the enrolment belongs to this order now,
    with a fresh window and the progress kept. Bought again while open (a guest's address whose
    account has it; the basket refuses a signed-in shopper): the window gains the course's days."""
    enrolment, made = Enrolment.objects.select_for_update().get_or_create(
        user=user, course=course, defaults={"order": order})
    if made or enrolment.order_id == order.pk:
        return enrolment
    if enrolment.order_id is None or not enrolment.open_at(timezone.now()):
        enrolment.order, enrolment.ended, enrolment.first_opened, enrolment.extra_days = order, None, None, 0
    else:
        enrolment.extra_days += course.access_days
    enrolment.save(update_fields=["order", "ended", "first_opened", "extra_days"])
    return enrolment


def end_for_refund(order, now=None):
    """A full refund ends the order's course access and withdraws its certificates."""
    from catalog.courses.refunds import end_access

    return end_access(Enrolment.objects.filter(order=order, ended__isnull=True), now or timezone.now())


def on_status_changed(sender, order, old_status, new_status, **kwargs):
    if new_status == "Paid":
        enrol_paid_order(order)
