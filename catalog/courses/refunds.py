"""Refunding a course, and the policy that says when the buyer may have it.

- The policy (`RefundPolicy`, the Owner edits it): a course bought on an order is refunded in
  full within `days` of the order while the buyer has opened at most `lessons_opened` lessons
  and holds no certificate. A preview read before buying is not counted: progress is kept only
  for an enrolment.
- The buyer refunds their own course from "My courses" while the policy allows it. Staff with
  the refund permission (Customer service, Owner) may refund any course bought on an order from
  the courses dashboard, inside the policy or not, giving the reason.
- The amount is the course's order line as paid (tax included, after discounts). The buyer's
  own refund also needs the order's card payment untouched by any refund so far (a partial
  refund might have been this course already, so staff decide), and a line above $0.00.
- Locks are taken in the order every refund takes them: the order's card payment, then the
  enrolment (a full order refund ends enrolments while it holds the payment). The enrolment is
  ended, a certificate withdrawn, and the card refund (checkout/refunds.refund_order) is the
  last step of the same transaction: a refusal from Stripe leaves the course open, and two
  presses refund it once.

Refused with CourseRefundRefused(message), nothing changed."""
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalog.courses.models import Enrolment, RefundPolicy


class CourseRefundRefused(Exception):
    """`message` in the buyer's words; `detail` what staff are told (Stripe's words, amounts)."""

    def __init__(self, message, detail=None):
        super().__init__(message)
        self.message = message
        self.detail = detail or message


@dataclass(frozen=True)
class Eligibility:
    allowed: bool
    reason: str  # why not, in the buyer's words; "" when allowed
    until: datetime | None  # the policy's last moment for this enrolment
    opened: int  # lessons opened so far


def eligibility(enrolment, policy=None, now=None, opened=None):
    """Whether the policy gives the buyer a full refund of this enrolment now, and why not.
    `opened`: the lessons opened, when the caller counted them already."""
    policy = policy or RefundPolicy.current()
    now = now or timezone.now()
    opened = enrolment.progress.count() if opened is None else opened
    if enrolment.order_id is None:
        return Eligibility(False, _("This course was given to you, so there is nothing to refund."), None, opened)
    until = enrolment.order.date_placed + timedelta(days=policy.days)
    if enrolment.ended is not None:
        return Eligibility(False, _("This course was refunded."), until, opened)
    certificate = getattr(enrolment, "certificate", None)
    if certificate is not None and certificate.withdrawn is None:  # one withdrawn by a refund does not count
        return Eligibility(False, _("You hold this course's certificate, so it cannot be refunded."), until, opened)
    if now > until:
        return Eligibility(False, _("The %(days)s days for a full refund ended on %(date)s.") % {
            "days": policy.days, "date": timezone.localdate(until).isoformat()}, until, opened)
    if opened > policy.lessons_opened:
        return Eligibility(False, _("A full refund is for a course with at most %(most)s lessons opened; "
                                    "you have opened %(opened)s.") % {
            "most": policy.lessons_opened, "opened": opened}, until, opened)
    return Eligibility(True, "", until, opened)


def course_line(enrolment):
    """The order line that bought the enrolment's course."""
    return enrolment.order.lines.filter(product_id=enrolment.course.product_id).order_by("pk").first()


def captured_payment(order_id, lock=False):
    """The order's captured card payment (locked for update with `lock`), or None."""
    from checkout.models import CardPayment

    payments = CardPayment.objects.filter(order_id=order_id, status=CardPayment.CAPTURED)
    return (payments.select_for_update() if lock else payments).first()


def buyer_eligibility(enrolment, policy=None, now=None, payment=None):
    """The policy's answer, and then what the buyer's own refund also needs: a line above $0.00
    and an order not refunded in any part yet."""
    allowed = eligibility(enrolment, policy, now)
    if not allowed.allowed:
        return allowed
    line = course_line(enrolment)
    payment = payment or captured_payment(enrolment.order_id)
    write = _("Write to us and we will sort it out.")
    if line is None or line.line_price_incl_tax <= 0 or payment is None:
        return Eligibility(False, _("This course cost nothing on your order, so there is nothing to refund."),
                           allowed.until, allowed.opened)
    if payment.amount_refunded > 0 or payment.refundable < line.line_price_incl_tax:
        return Eligibility(False, _("Part of this order was refunded already.") + " " + write,
                           allowed.until, allowed.opened)
    return allowed


def end_access(enrolments, now):
    """End these enrolments (a queryset) for their refund: withdraw their certificates and
    keep the refund in each one's history."""
    from catalog.courses.models import Certificate, EnrolmentRefund

    open_ones = list(enrolments.filter(ended__isnull=True).values_list("pk", "order_id"))
    Certificate.objects.filter(enrolment__in=[pk for pk, _ in open_ones], withdrawn__isnull=True).update(withdrawn=now)
    EnrolmentRefund.objects.bulk_create([EnrolmentRefund(enrolment_id=pk, order_id=order_id, refunded=now)
                                         for pk, order_id in open_ones])
    return Enrolment.objects.filter(pk__in=[pk for pk, _ in open_ones]).update(ended=now)


def refund_course(enrolment, *, by, reason, within_policy, now=None):
    """Give back what the course's order line cost, end the enrolment and withdraw its
    certificate; returns the amount. `within_policy` (the buyer's own refund) refuses what the
    policy, or a refund made already on the order, does not allow."""
    from checkout.refunds import RefundRefused, refund_order

    now = now or timezone.now()
    with transaction.atomic():
        payment = captured_payment(enrolment.order_id, lock=True) if enrolment.order_id else None
        locked = (Enrolment.objects.select_for_update(of=("self",))
                  .select_related("order", "course__product").get(pk=enrolment.pk))
        if locked.ended is not None:
            raise CourseRefundRefused(_("This course was refunded already; nothing more was refunded."))
        if locked.order_id is None or locked.order_id != enrolment.order_id:
            raise CourseRefundRefused(_("This course was given to you, so there is nothing to refund."))
        if within_policy:
            allowed = buyer_eligibility(locked, now=now, payment=payment)
            if not allowed.allowed:
                raise CourseRefundRefused(allowed.reason)
        line = course_line(locked)
        if line is None:
            raise CourseRefundRefused(_("The order has no line for this course, so there is nothing to refund."))
        end_access(Enrolment.objects.filter(pk=locked.pk), now)
        try:
            refund_order(locked.order, line.line_price_incl_tax, reason, by)  # the money moves last
        except RefundRefused as refused:
            raise CourseRefundRefused(
                _("The card refund did not go through, and nothing was refunded. Try again later, or write to us."),
                detail=refused.message) from refused
    enrolment.ended = now
    return line.line_price_incl_tax
