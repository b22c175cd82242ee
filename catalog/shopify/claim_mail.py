"""The "claim your account" mail (kind "shopify-claim", bodybest/mail/kinds.py): sent to a
customer brought over from Shopify only when staff choose it in the admin (bodybest/admin.py),
once per customer, after the admin's transaction commits. Its link is Django's password reset
link, made when the mail is built, so it is valid from the moment it leaves; setting a password
through it lets the customer sign in with their email address.

Written in the customer's recorded language (English when none)."""
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from bodybest.business import BUSINESS
from bodybest.mail import languages
from bodybest.mail.queueing import queue_mail
from bodybest.models import ShopifyCustomer

KIND = "shopify-claim"


def queue_claim_mails(customers):
    """Queue the mail for each of these ShopifyCustomer rows not asked for yet; how many."""
    queued = 0
    with transaction.atomic():
        for customer in customers.select_for_update().filter(claim_mail_queued__isnull=True):
            queue_mail(KIND, customer.pk)
            customer.claim_mail_queued = timezone.now()
            customer.save(update_fields=["claim_mail_queued"])
            queued += 1
    return queued


class ClaimMail:
    def message(self, customer_id):
        customer = ShopifyCustomer.objects.select_related("user").filter(pk=customer_id).first()
        if customer is None or not customer.user.is_active or not customer.user.email:
            return None
        user = customer.user
        with translation.override(languages.supported(customer.language)):
            path = reverse("password-reset-confirm", kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user)})
            context = {
                "user": user, "business": BUSINESS,
                "link": f"{settings.OSCAR_URL_SCHEMA}://{Site.objects.get_current().domain}{path}",
            }
            message = EmailMultiAlternatives(
                subject=_("Your Body Best account is ready: choose your password"),
                from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email],
                body=render_to_string("catalog/email/shopify_claim.txt", context))
            message.attach_alternative(render_to_string("catalog/email/shopify_claim.html", context), "text/html")
            return message

    def sent(self, customer_id, when):
        ShopifyCustomer.objects.filter(pk=customer_id).update(claim_mail_sent=when)
