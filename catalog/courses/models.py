"""A course, its lessons and quiz, and what a buyer keeps: an enrolment (access for the course's
days from the first lesson opened), progress per lesson, and a certificate anyone can check.

A course is sold as a catalogue product (`Course.product`, one to one) whose product class needs
no shipping, so Oscar's checkout skips the shipping step for a basket of courses only."""
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from markdownx.models import MarkdownxField


class Association(models.Model):
    """A body that recognises a course for continuing education credits (staff keep the list)."""
    name = models.CharField(max_length=200, unique=True)
    url = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Course(models.Model):
    product = models.OneToOneField("catalogue.Product", on_delete=models.PROTECT, related_name="course")
    instructor = models.CharField(max_length=200)
    instructor_bio = models.TextField(blank=True)
    hours = models.DecimalField("hours of study", max_digits=5, decimal_places=1)
    credits = models.DecimalField("continuing education credits", max_digits=5, decimal_places=1)
    recognised_by = models.ManyToManyField(Association, blank=True, related_name="courses")
    access_days = models.PositiveSmallIntegerField(
        default=30, help_text="Days of access from the first lesson the buyer opens.")
    pass_mark = models.PositiveSmallIntegerField(default=80, help_text="Percent of quiz answers right to pass.")

    def __str__(self):
        return self.product.get_title()


class Lesson(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="lessons")
    position = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    body = MarkdownxField(help_text="Markdown, as in the blog: headings, lists, links, images.")
    video_url = models.URLField(blank=True, help_text="The lesson's video at the course's host (YouTube or Vimeo).")
    minutes = models.PositiveSmallIntegerField(default=15)
    is_preview = models.BooleanField(default=False, help_text="Anyone may read this lesson before buying.")

    class Meta:
        ordering = ["course", "position"]
        constraints = [models.UniqueConstraint(fields=["course", "position"], name="one_lesson_per_position")]

    def __str__(self):
        return f"{self.position}. {self.title}"


class Question(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=500)

    class Meta:
        ordering = ["course", "position"]

    def __str__(self):
        return self.text


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(max_length=300)
    correct = models.BooleanField(default=False)

    def __str__(self):
        return self.text


class Enrolment(models.Model):
    """One buyer's access to one course: from an order, or granted by staff (a clinic paying by
    invoice). The window opens at the first lesson opened; staff may add days; a refund ends it."""
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="enrolments")
    order = models.ForeignKey("order.Order", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created = models.DateTimeField(default=timezone.now)
    first_opened = models.DateTimeField(null=True, blank=True)
    extra_days = models.PositiveSmallIntegerField(default=0)
    ended = models.DateTimeField(null=True, blank=True, help_text="Access ended (refunded).")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_enrolment_per_course")]

    def __str__(self):
        return f"{self.user} in {self.course}"

    @property
    def expires(self):
        if self.first_opened is None:
            return None
        return self.first_opened + timedelta(days=self.course.access_days + self.extra_days)

    def open_at(self, now):
        return self.ended is None and (self.expires is None or now < self.expires)


class EnrolmentRefund(models.Model):
    """A refund that ended an enrolment, kept when the enrolment is opened again (granted by
    hand, or bought again), so its history and the dashboard's refund figures stay."""
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="refunds")
    order = models.ForeignKey("order.Order", null=True, on_delete=models.SET_NULL, related_name="+")
    refunded = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["enrolment", "refunded"]


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="+")
    opened = models.DateTimeField(default=timezone.now)
    completed = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="one_progress_per_lesson")]


def new_certificate_code():
    return secrets.token_hex(4).upper()


class Certificate(models.Model):
    """Issued on passing the quiz. Its number and check code open a public page that says
    whose it is, for which course and credits, and when."""
    enrolment = models.OneToOneField(Enrolment, on_delete=models.PROTECT, related_name="certificate")
    number = models.CharField(max_length=20, unique=True)
    code = models.CharField(max_length=8, default=new_certificate_code)
    name = models.CharField("name on the certificate", max_length=200)
    course_title = models.CharField(max_length=255)
    hours = models.DecimalField(max_digits=5, decimal_places=1)
    credits = models.DecimalField(max_digits=5, decimal_places=1)
    score = models.PositiveSmallIntegerField()
    issued = models.DateTimeField(default=timezone.now)
    withdrawn = models.DateTimeField(null=True, blank=True, help_text="Withdrawn when the course was refunded.")

    def __str__(self):
        return self.number


class RefundPolicy(models.Model):
    """The course refund promise as the Owner edits it (admin → Courses → Refund policy): a full
    refund within `days` of the purchase while the buyer has opened at most `lessons_opened`
    lessons (previews read before buying do not count) and holds no certificate. One row;
    `current()` makes it with the defaults the first time. Rules in catalog/courses/refunds.py."""
    days = models.PositiveSmallIntegerField(
        "Days after the purchase a course can be refunded in full", default=7,
        validators=[MinValueValidator(1), MaxValueValidator(60)])
    lessons_opened = models.PositiveSmallIntegerField(
        "Most lessons the buyer may have opened", default=1,
        validators=[MinValueValidator(0), MaxValueValidator(50)])
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Refund policy"
        verbose_name_plural = "Refund policy"

    def __str__(self):
        return f"Full refund within {self.days} days, at most {self.lessons_opened} lessons opened"

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first() or cls.objects.create()
