"""The contact page: the staff-edited page text (a flat page at /contact/) and a form whose
message reaches staff by mail, exactly once, sent by a Celery task after the request commits
(bodybest/mail/)."""
from django.conf import settings
from django.contrib import messages
from django.contrib.flatpages.models import FlatPage
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import ContactForm
from .mail import languages, outbox
from .security import rate_limited


@require_http_methods(["GET", "POST"])
@rate_limited(group="contact", rate_setting="CONTACT_RATE", template="bodybest/contact_rate_limited.html")
def contact_view(request):
    page = FlatPage.objects.filter(url="/contact/", sites=settings.SITE_ID).first()
    form = ContactForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            contact_message = form.save(commit=False)
            contact_message.language = languages.current()
            contact_message.save()
            outbox.add("contact-message", contact_message.pk)  # the mail's row commits with it
            from .tasks import mail_contact_message

            mail_contact_message.delay_on_commit(contact_message.pk)
            messages.success(
                request, _("Thank you. Your message has reached our team; we reply within one business day.")
            )
            return redirect("contact")
        return render(request, "bodybest/contact.html", {"form": form, "page": page}, status=400)
    return render(request, "bodybest/contact.html", {"form": form, "page": page})
