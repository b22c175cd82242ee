from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from catalog.price_match import decisions
from catalog.price_match.models import Policy, PriceMatchRequest


@shared_task(ignore_result=True, autoretry_for=(SMTPException, OSError), retry_backoff=30, max_retries=8)
def mail_decision(match_id: int) -> str:
    """The shopper's mail for a decision (HTML and text), once: claimed before sending."""
    claimed = PriceMatchRequest.objects.filter(
        pk=match_id, decision_mailed__isnull=True,
        status__in=(PriceMatchRequest.APPROVED, PriceMatchRequest.REJECTED),
    ).update(decision_mailed=timezone.now())
    if not claimed:
        return "already mailed"
    match = PriceMatchRequest.objects.select_related("product", "voucher", "order").get(pk=match_id)
    base = f"{settings.OSCAR_URL_SCHEMA}://{Site.objects.get_current().domain}"
    context = {
        "match": match, "policy": Policy.current(), "product_url": base + match.product.get_absolute_url(),
        "apply_url": base + reverse("price_match:apply", args=[match.voucher.code]) if match.voucher else "",
        "policy_url": base + reverse("price_match:policy"), "store_email": settings.STORE_EMAIL,
        "store_phone": settings.STORE_PHONE, "mailing_address": settings.STORE_MAILING_ADDRESS,
    }
    kind = match.status
    message = EmailMultiAlternatives(
        subject={"approved": "Your price match is approved",
                 "rejected": "About your price match request"}[kind],
        body=render_to_string(f"price_match/email/{kind}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL, to=[match.email],
    )
    message.attach_alternative(render_to_string(f"price_match/email/{kind}.html", context), "text/html")
    try:
        message.send()
    except (SMTPException, OSError):
        PriceMatchRequest.objects.filter(pk=match_id).update(decision_mailed=None)
        raise
    return f"{kind} mailed"


@shared_task(ignore_result=True)
def expire_stale_requests() -> int:
    return decisions.expire_stale()
