"""What a buyer does after paying: "My courses" in the account, marking a lesson complete, the
quiz, the certificate (a PDF for its owner only) and the public page that checks a certificate.
Access rules live in catalog/courses/access.py; a refusal answers 403 with the reason."""
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_POST

from bodybest.security import rate_limited
from catalog.courses.access import AccessRefused, check_open, complete_lesson, completed_lessons, enrolment_of, take_quiz
from catalog.courses.certificate_pdf import certificate_pdf
from catalog.courses.learning import access_state, neighbours, standing
from catalog.courses.models import Certificate, Course, Enrolment, Lesson, RefundPolicy
from catalog.courses.refunds import buyer_eligibility


def _refused(request, enrolment, course, status=403, reason=None):
    if reason is None:
        reason = "none" if enrolment is None else access_state(enrolment, timezone.now())
    return render(request, "courses/learning_refused.html",
                  {"course": course, "product": course.product, "reason": reason}, status=status)


@login_required
def my_courses(request):
    enrolments = (Enrolment.objects.filter(user=request.user)
                  .select_related("course__product", "certificate", "order")
                  .prefetch_related("course__lessons").order_by("-created"))
    now, policy = timezone.now(), RefundPolicy.current()
    standings = [standing(e, now) for e in enrolments]
    for s in standings:
        s.refund = buyer_eligibility(s.enrolment, policy, now)
    return render(request, "courses/my_courses.html", {"standings": standings, "policy": policy})


@login_required
@require_POST
def complete(request, pk, position):
    lesson = get_object_or_404(Lesson.objects.select_related("course__product"),
                               course__product_id=pk, position=position)
    try:
        complete_lesson(user=request.user, lesson=lesson)
    except AccessRefused:
        return _refused(request, enrolment_of(request.user, lesson.course), lesson.course)
    _, following = neighbours(lesson)
    if following is not None:
        return redirect("courses:lesson", pk=pk, position=following.position)
    return redirect("courses:quiz", pk=pk)


def _read_answers(post, questions):
    """{question id: choice id} from the form, or raise ValueError with the reason for the shopper."""
    answers = {}
    for question in questions:
        raw = post.get(f"question-{question.pk}", "")
        if not raw:
            raise ValueError("missing")
        try:
            choice_id = int(raw)
        except ValueError:
            raise ValueError("wrong") from None
        if choice_id not in {c.pk for c in question.choices.all()}:
            raise ValueError("wrong")
        answers[question.pk] = choice_id
    return answers


@login_required
def quiz(request, pk):
    course = get_object_or_404(Course.objects.select_related("product"), product_id=pk)
    enrolment = enrolment_of(request.user, course)
    try:
        check_open(enrolment, timezone.now())
    except AccessRefused:
        return _refused(request, enrolment, course)
    if not set(course.lessons.values_list("pk", flat=True)) <= completed_lessons(enrolment):
        return _refused(request, enrolment, course, reason="lessons")
    questions = list(course.questions.prefetch_related("choices"))
    context = {"course": course, "product": course.product, "questions": questions,
               "certificate": getattr(enrolment, "certificate", None)}
    if request.method != "POST":
        return render(request, "courses/quiz.html", context)
    try:
        answers = _read_answers(request.POST, questions)
    except ValueError as error:
        return render(request, "courses/quiz.html", {**context, "error": str(error)}, status=400)
    try:
        score, certificate = take_quiz(user=request.user, course=course, answers=answers)
    except AccessRefused:
        return _refused(request, enrolment, course)
    if certificate is None:
        return render(request, "courses/quiz.html", {**context, "failed_score": score})
    return redirect("courses:certificate", number=certificate.number)


def _own_certificate(request, number):
    return get_object_or_404(Certificate.objects.select_related("enrolment"),
                             number=number, enrolment__user=request.user, withdrawn__isnull=True)


def verify_url(request, certificate):
    query = urlencode({"number": certificate.number, "code": certificate.code})
    return request.build_absolute_uri(f"{reverse('courses:verify')}?{query}")


@login_required
def certificate_page(request, number):
    certificate = _own_certificate(request, number)
    return render(request, "courses/certificate.html",
                  {"certificate": certificate, "verify_url": verify_url(request, certificate)})


@login_required
def certificate_download(request, number):
    certificate = _own_certificate(request, number)
    response = HttpResponse(certificate_pdf(certificate, verify_url(request, certificate)),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.pdf"'
    return response


@require_GET
@rate_limited(group="course-certificate-verify", rate_setting="CERTIFICATE_VERIFY_RATE",
              template="courses/verify_rate_limited.html", methods=("GET",))
def verify(request):
    number = request.GET.get("number", "").strip()[:20]
    code = request.GET.get("code", "").strip().upper()[:8]
    context = {"number": number, "code": code, "asked": bool(number or code)}
    if not context["asked"]:
        return render(request, "courses/verify.html", context)
    certificate = Certificate.objects.filter(number=number, code=code).first() if number and code else None
    if certificate is None:
        return render(request, "courses/verify.html", context, status=404)
    if certificate.withdrawn is not None:  # the course was refunded
        return render(request, "courses/verify.html", {**context, "withdrawn": certificate}, status=410)
    return render(request, "courses/verify.html", {**context, "certificate": certificate})
