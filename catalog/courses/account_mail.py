"""The mail a guest gets after buying a course (kind "course-account"), and the one a student
gets when staff grant a course by hand (kind "course-granted"): the course is in an account for
their address, with a link to choose its password (Django's password reset token, so the link
works once and expires with settings.PASSWORD_RESET_TIMEOUT)."""
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext
from oscar.core.loading import get_model

from catalog.courses.enrolments import account_for, courses_in
from catalog.courses.models import Enrolment
from checkout.models import OrderLanguage

Order = get_model("order", "Order")


def _mail(user, context, language):
    site = Site.objects.get_current()
    with translation.override(language):
        has_password = user.has_usable_password()
        if has_password:  # a sign-in link: never a password link anyone but the holder asked for
            path = f"{reverse('customer:login')}?next={reverse('courses:mine')}"
        else:
            path = reverse("password-reset-confirm", kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user)})
        context = {**context, "email": user.email, "url": f"{settings.OSCAR_URL_SCHEMA}://{site.domain}{path}",
                   "has_password": has_password}
        mail = EmailMultiAlternatives(
            subject=gettext("Your course is ready: choose your password") if not context["has_password"]
            else gettext("Your course is ready in your account"),
            body=render_to_string("courses/email/account.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email])
        mail.attach_alternative(render_to_string("courses/email/account.html", context), "text/html")
    return mail


class AccountMail:
    def message(self, order_id):
        order = Order.objects.filter(pk=order_id).first()
        if order is None or not order.guest_email:
            return None
        user, _ = account_for(order.guest_email)
        return _mail(user, {"order": order, "courses": courses_in(order)}, OrderLanguage.of(order.pk))

    def sent(self, order_id, when):
        pass  # the OutgoingMail row records it


class GrantMail:
    def message(self, enrolment_id):
        enrolment = (Enrolment.objects.filter(pk=enrolment_id, ended__isnull=True)
                     .select_related("user", "course__product").first())
        if enrolment is None or not enrolment.user.email:
            return None
        return _mail(enrolment.user, {"order": None, "courses": [enrolment.course]}, settings.LANGUAGE_CODE)

    def sent(self, enrolment_id, when):
        pass  # the OutgoingMail row records it
