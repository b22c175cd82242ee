"""The courses dashboard (dashboard/courses/): figures per course, a course's students with their
progress, granting access by hand, extending a window and refunding a course. The rules are in
catalog/courses/staff.py and refunds.py; a refusal answers 400 (or 409 for a refund that lost a
race) with its message, and nothing changes."""
from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from bodybest.roles import page_required
from catalog.courses.learning import access_state
from catalog.courses.models import Certificate, Course, Enrolment, RefundPolicy
from catalog.courses.refunds import CourseRefundRefused, captured_payment, course_line, eligibility, refund_course
from catalog.courses.staff import (MAX_EXTEND_DAYS, GrantRefused, average_progress, course_figures, extend,
                                   grant, read_emails, students)
from checkout.refunds import REASON_MAX_LENGTH, RefundRefused, clean_reason, dollars

PER_PAGE = 50


class GrantForm(forms.Form):
    course = forms.ModelChoiceField(queryset=Course.objects.select_related("product").order_by("product__title"),
                                    error_messages={"required": "Choose the course.",
                                                    "invalid_choice": "Choose one of the courses."})
    emails = forms.CharField(label="Students' email addresses (one a line)", max_length=10_000,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Enter at least one email address."})

    def clean_emails(self):
        try:
            return read_emails(self.cleaned_data["emails"])
        except GrantRefused as refused:
            raise forms.ValidationError(refused.message) from None


class ExtendForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=MAX_EXTEND_DAYS, error_messages={
        "required": f"Enter the days to add, 1 to {MAX_EXTEND_DAYS}.",
        "invalid": f"Enter the days to add, 1 to {MAX_EXTEND_DAYS}.",
        "min_value": f"Enter the days to add, 1 to {MAX_EXTEND_DAYS}.",
        "max_value": f"Enter the days to add, 1 to {MAX_EXTEND_DAYS}."})


class RefundForm(forms.Form):
    reason = forms.CharField(max_length=REASON_MAX_LENGTH, error_messages={
        "required": "Give the reason for the refund; it is kept in the order's notes.",
        "max_length": f"Keep the reason to {REASON_MAX_LENGTH} characters."})

    def clean_reason(self):
        try:
            return clean_reason(self.cleaned_data["reason"])
        except RefundRefused as refused:
            raise forms.ValidationError(refused.message) from None


@page_required("courses-dashboard:index")
@require_http_methods(["GET"])
def index(request):
    return _index(request, GrantForm())


def _index(request, form, status=200):
    courses = list(course_figures())
    for course in courses:
        course.average = average_progress(course)
    can = request.user.has_perm
    return render(request, "courses/dashboard/index.html", {
        "courses": courses, "form": form, "policy": RefundPolicy.current(),
        "can_grant": can("courses.add_enrolment"), "can_change_policy": can("courses.change_refundpolicy"),
    }, status=status)


@page_required("courses-dashboard:grant")
@require_POST
def grant_view(request):
    form = GrantForm(request.POST)
    if not form.is_valid():
        return _index(request, form, status=400)
    course = form.cleaned_data["course"]
    try:
        granted = grant(course, form.cleaned_data["emails"], request.user)
    except GrantRefused as refused:
        form.add_error("emails", refused.message)
        return _index(request, form, status=400)
    if granted.new:
        messages.success(request, f"{course} is open to {', '.join(granted.new)}; each was mailed a link.")
    if granted.already:
        messages.info(request, f"Already open, left as it was: {', '.join(granted.already)}.")
    return redirect("courses-dashboard:course", pk=course.product_id)


@page_required("courses-dashboard:course")
@require_http_methods(["GET"])
def course_view(request, pk):
    return _course_page(request, get_object_or_404(Course.objects.select_related("product"), product_id=pk))


def _course_page(request, course, status=200):
    query = request.GET.get("q", "")[:200]
    page = Paginator(students(course, query), PER_PAGE).get_page(request.GET.get("page"))
    now, policy, lessons = timezone.now(), RefundPolicy.current(), course.lessons.count()
    rows = [{"enrolment": e, "state": access_state(e, now), "lessons": lessons,
             "percent": round(100 * e.completed / lessons) if lessons else 0,
             "refund": eligibility(e, policy, now, opened=e.opened)} for e in page.object_list]
    return render(request, "courses/dashboard/course.html", {
        "course": course, "rows": rows, "page_obj": page, "query": query, "policy": policy,
        "can_extend": request.user.has_perm("courses.change_enrolment"),
        "can_refund": request.user.has_perms(["courses.change_enrolment", "checkout.refund_order"]),
        "max_days": MAX_EXTEND_DAYS,
    }, status=status)


@page_required("courses-dashboard:extend")
@require_POST
def extend_view(request, pk):
    enrolment = get_object_or_404(Enrolment.objects.select_related("course", "user"), pk=pk)
    form = ExtendForm(request.POST)
    if form.is_valid():
        try:
            extended = extend(enrolment, form.cleaned_data["days"])
        except GrantRefused as refused:
            messages.error(request, f"Nothing was changed for {enrolment.user.email}: {refused.message}")
        else:
            messages.success(request, f"{enrolment.user.email}: {form.cleaned_data['days']} days added "
                                      f"({extended.extra_days} in all).")
            return redirect("courses-dashboard:course", pk=enrolment.course.product_id)
    else:
        messages.error(request, f"Nothing was changed for {enrolment.user.email}: {form.errors['days'][0]}")
    return _course_page(request, enrolment.course, status=400)


@transaction.non_atomic_requests  # refund_course holds its own transaction around the card refund
@page_required("courses-dashboard:refund")
@require_http_methods(["GET", "POST"])
def refund_view(request, pk):
    enrolment = get_object_or_404(Enrolment.objects.select_related("course__product", "user", "order"), pk=pk)
    if enrolment.order_id is None or enrolment.ended is not None:
        messages.info(request, f"{enrolment.user.email}'s enrolment has nothing to refund: it was granted "
                               "by hand, or refunded already.")
        if request.method == "POST":
            return _course_page(request, enrolment.course, status=409)
        return redirect("courses-dashboard:course", pk=enrolment.course.product_id)
    line = course_line(enrolment)
    form = RefundForm(request.POST or None)
    payment = captured_payment(enrolment.order_id)
    context = {"enrolment": enrolment, "course": enrolment.course, "line": line, "form": form,
               "refund": eligibility(enrolment), "policy": RefundPolicy.current(), "payment": payment,
               "certificate": Certificate.objects.filter(enrolment=enrolment, withdrawn__isnull=True).first()}
    if request.method == "GET":
        return render(request, "courses/dashboard/refund.html", context)
    if not form.is_valid():
        return render(request, "courses/dashboard/refund.html", context, status=400)
    try:
        amount = refund_course(enrolment, by=request.user, reason=form.cleaned_data["reason"], within_policy=False)
    except CourseRefundRefused as refused:
        form.add_error(None, refused.detail)
        return render(request, "courses/dashboard/refund.html", context, status=409)
    messages.success(request, f"Refunded {dollars(amount)} to {enrolment.user.email}'s card; "
                              "their access to the course has ended.")
    return redirect("courses-dashboard:course", pk=enrolment.course.product_id)
