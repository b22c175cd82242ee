"""The buyer's own course refund under the policy (catalog/courses/refunds.py): a page that says
what comes back and asks to confirm, then the refund. What the policy does not allow answers
403 with the reason and changes nothing."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from oscar.templatetags.currency_filters import currency

from catalog.courses.access import enrolment_of
from catalog.courses.models import Course, RefundPolicy
from catalog.courses.refunds import CourseRefundRefused, buyer_eligibility, course_line, refund_course


@transaction.non_atomic_requests  # refund_course holds its own transaction around the card refund
@login_required
@require_http_methods(["GET", "POST"])
def refund(request, pk):
    course = get_object_or_404(Course.objects.select_related("product"), product_id=pk)
    enrolment = enrolment_of(request.user, course)
    if enrolment is None:
        return render(request, "courses/learning_refused.html",
                      {"course": course, "product": course.product, "reason": "none"}, status=404)
    policy = RefundPolicy.current()
    allowed = buyer_eligibility(enrolment, policy)
    context = {"course": course, "product": course.product, "policy": policy, "allowed": allowed}
    if not allowed.allowed:
        return render(request, "courses/refund.html", context, status=403)
    line = course_line(enrolment)
    context["amount"] = line.line_price_incl_tax if line is not None else None
    if request.method == "GET":
        return render(request, "courses/refund.html", context)
    reason = (f"Course refund asked by the customer under the policy ({allowed.opened} of at most "
              f"{policy.lessons_opened} lessons opened, within {policy.days} days)")
    try:
        amount = refund_course(enrolment, by=request.user, reason=reason, within_policy=True)
    except CourseRefundRefused as refused:
        return render(request, "courses/refund.html", {**context, "error": refused.message}, status=409)
    messages.success(request, _("%(course)s is refunded: %(amount)s goes back to your card, and your "
                                "access has ended.") % {"course": course.product.get_title(),
                                                        "amount": currency(amount, "CAD")})
    return redirect("courses:mine")
