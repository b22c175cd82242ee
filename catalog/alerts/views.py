"""Oscar's "email me when it is back" form view, mounted ahead of Oscar's at the same path
(bodybest/urls.py), with two changes:

- a refused form (an address that is not one, an alert already active) answers 400 with the
  product page and the message; Oscar answered 200;
- the guest's confirmation mail is queued through bodybest/mail/ and sent by a Celery task
  once the alert commits, exactly once; Oscar sent it inside the request;
- the page's language is kept with the alert, for its mails.
"""
from django.utils import translation
from django.views import generic
from oscar.apps.customer.alerts import views
from oscar.core.loading import get_model

from bodybest.mail.queueing import queue_mail
from catalog.alerts.mail import CONFIRMATION_KIND

AlertLanguage = get_model("catalogue", "AlertLanguage")


class ProductAlertCreateView(views.ProductAlertCreateView):
    def form_valid(self, form):
        response = generic.CreateView.form_valid(self, form)  # saved; Oscar's mail left out
        AlertLanguage.objects.create(alert=self.object, language=translation.get_language())
        if self.object.is_anonymous:
            queue_mail(CONFIRMATION_KIND, self.object.pk)
        return response

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response
