"""What becomes of Shopify's ``Accepts Email Marketing`` (README, "Moving in from Shopify").

The import only records it, with where it came from (``consent_source``). A "yes" is no proof
of express consent under CASL (Shopify's checkout box can be ticked by default, and the export
holds no record of the wording or the moment), so no one becomes a subscriber by it. Staff may
instead ask those customers to confirm: the newsletter's own double opt-in (blog/newsletter/
signup.py) records a pending consent whose source is the export, and mails its confirmation
link; only that link makes a confirmed subscriber."""
from django.db import transaction
from django.utils import timezone

from blog.newsletter import signup


def ask_permission(customers):
    """Ask each customer of these ShopifyCustomer rows who said yes in Shopify and was not
    asked yet; how many were asked."""
    asked = 0
    with transaction.atomic():
        chosen = customers.select_for_update().filter(accepts_email_marketing=True, permission_mail_queued__isnull=True)
        for customer in chosen.select_related("user"):
            signup.sign_up(customer.user.email, None, f"{customer.consent_source} (re-permission asked by staff)",
                           language=customer.language)
            customer.permission_mail_queued = timezone.now()
            customer.save(update_fields=["permission_mail_queued"])
            asked += 1
    return asked
