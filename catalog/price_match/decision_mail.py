"""The shopper's mail about a decision on their price match request (HTML and text), one per
request: sent exactly once through bodybest/mail/ (kind "price-match-decision"), in the
language the shopper asked in (staff decide in theirs)."""
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy

from bodybest.mail import languages
from catalog.price_match.models import Policy, PriceMatchRequest

SUBJECTS = {
    PriceMatchRequest.APPROVED: gettext_lazy("Your price match is approved"),
    PriceMatchRequest.REJECTED: gettext_lazy("About your price match request"),
}


class DecisionMail:
    def message(self, match_id):
        match = (PriceMatchRequest.objects.select_related("product", "voucher", "order")
                 .filter(pk=match_id, status__in=tuple(SUBJECTS)).first())
        if match is None:
            return None
        with translation.override(languages.supported(match.language)):
            return self._message(match)

    def _message(self, match):
        base = f"{settings.OSCAR_URL_SCHEMA}://{Site.objects.get_current().domain}"
        context = {
            "match": match, "policy": Policy.current(), "product_url": base + match.product.get_absolute_url(),
            "apply_url": base + reverse("price_match:apply", args=[match.voucher.code]) if match.voucher else "",
            "policy_url": base + reverse("price_match:policy"), "store_email": settings.STORE_EMAIL,
            "store_phone": settings.STORE_PHONE, "mailing_address": settings.STORE_MAILING_ADDRESS,
        }
        kind = match.status
        message = EmailMultiAlternatives(
            subject=str(SUBJECTS[kind]), body=render_to_string(f"price_match/email/{kind}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL, to=[match.email],
        )
        message.attach_alternative(render_to_string(f"price_match/email/{kind}.html", context), "text/html")
        return message

    def sent(self, match_id, when):
        PriceMatchRequest.objects.filter(pk=match_id, decision_mailed__isnull=True).update(decision_mailed=when)
