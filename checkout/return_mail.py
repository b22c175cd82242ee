"""The shopper's mails about a return (HTML and text), each sent once per request through
bodybest/mail/ (kinds "return-approved", "return-refused", "return-received"), in the language
the shopper asked in: approved says where to send the parcel and the number to write on it."""
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy

from bodybest.business import BUSINESS
from bodybest.mail import languages
from checkout.models import ReturnRequest
from checkout.order_mail import _context

SUBJECTS = {
    ReturnRequest.APPROVED: gettext_lazy("Your return %(number)s is approved"),
    ReturnRequest.REFUSED: gettext_lazy("About your return %(number)s"),
    ReturnRequest.RECEIVED: gettext_lazy("We received your return %(number)s"),
}


class _ReturnMail:
    state = None

    def message(self, request_id):
        request = (ReturnRequest.objects.select_related("order__user")
                   .filter(pk=request_id, state__in=self.states).first())
        order = request and request.order
        address = order and (order.guest_email if order.is_anonymous else order.user.email)
        if not address:
            return None
        with translation.override(languages.supported(request.language)):
            context = {**_context(order), "request": request, "business": BUSINESS,
                       "return_lines": request.lines.select_related("line")}
            name = f"checkout/email/return_{self.state}"
            message = EmailMultiAlternatives(
                subject=str(SUBJECTS[self.state] % {"number": request.number}),
                body=render_to_string(f"{name}.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL, to=[address])
            message.attach_alternative(render_to_string(f"{name}.html", context), "text/html")
        return message

    def sent(self, request_id, when):
        pass  # the OutgoingMail row records it


class ApprovedMail(_ReturnMail):
    state = ReturnRequest.APPROVED
    states = (ReturnRequest.APPROVED, ReturnRequest.RECEIVED)


class RefusedMail(_ReturnMail):
    state = ReturnRequest.REFUSED
    states = (ReturnRequest.REFUSED,)


class ReceivedMail(_ReturnMail):
    state = ReturnRequest.RECEIVED
    states = (ReturnRequest.RECEIVED,)
