"""Courses in the admin: a course with its lessons inline, quiz questions with their choices,
enrolments (grant access by hand for a clinic paying by invoice; add days to a window), and
the certificates issued, read only."""
from django.contrib import admin
from markdownx.admin import MarkdownxModelAdmin

from catalog.courses.models import Association, Certificate, Choice, Course, Enrolment, Lesson, Question, RefundPolicy


class LessonInline(admin.StackedInline):
    model = Lesson
    extra = 0
    fields = ("position", "title", "minutes", "is_preview", "video_url", "body")


@admin.register(Course)
class CourseAdmin(MarkdownxModelAdmin):
    list_display = ("__str__", "instructor", "hours", "credits", "access_days", "lesson_count")
    autocomplete_fields = ("product",)
    filter_horizontal = ("recognised_by",)
    inlines = [LessonInline]

    @admin.display(description="lessons")
    def lesson_count(self, course):
        return course.lessons.count()


class ChoiceInline(admin.TabularInline):
    model = Choice
    extra = 3


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ("text", "course", "position")
    list_filter = ("course",)
    inlines = [ChoiceInline]


@admin.register(Association)
class AssociationAdmin(admin.ModelAdmin):
    search_fields = ("name",)


@admin.register(Enrolment)
class EnrolmentAdmin(admin.ModelAdmin):
    list_display = ("user", "course", "created", "first_opened", "expires", "extra_days", "ended")
    list_filter = ("course",)
    search_fields = ("user__email",)
    autocomplete_fields = ("user",)
    readonly_fields = ("order", "granted_by", "first_opened")
    fields = ("user", "course", "order", "granted_by", "first_opened", "extra_days", "ended")

    def save_model(self, request, enrolment, form, change):
        if not change and not enrolment.order_id:
            enrolment.granted_by = request.user
        super().save_model(request, enrolment, form, change)


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("number", "name", "course_title", "credits", "score", "issued")
    search_fields = ("number", "name")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(RefundPolicy)
class RefundPolicyAdmin(admin.ModelAdmin):
    """When a buyer may refund a course themselves (catalog/courses/refunds.py)."""
    list_display = ("__str__", "days", "lessons_opened", "updated")

    def has_add_permission(self, request):
        """One policy: the add page only while there is none."""
        return super().has_add_permission(request) and not RefundPolicy.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
