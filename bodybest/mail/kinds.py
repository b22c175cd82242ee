"""The kinds of transactional mail, each a class with two methods over its object's id:

- `message(object_id)`: the Django EmailMessage to send, or None when there is nothing to send
  any more (the object is gone, or has no address);
- `sent(object_id, when)`: what the object records once its mail reached the SMTP server
  (a timestamp on the row staff see, Oscar's communication log).

Named by dotted path, so this module imports no app and any worker process finds them all.
"""
from django.utils.module_loading import import_string

KINDS = {
    "order-confirmation": "checkout.order_mail.Confirmation",
    "order-staff": "checkout.order_mail.StaffNotification",
    "price-match-decision": "catalog.price_match.decision_mail.DecisionMail",
    "contact-message": "bodybest.contact_mail.ContactMail",
    "back-in-stock": "catalog.alerts.mail.BackInStockMail",
    "back-in-stock-confirmation": "catalog.alerts.mail.ConfirmationMail",
    "shopify-claim": "catalog.shopify.claim_mail.ClaimMail",
    "return-approved": "checkout.return_mail.ApprovedMail",
    "return-refused": "checkout.return_mail.RefusedMail",
    "return-received": "checkout.return_mail.ReceivedMail",
    "shipment-on-its-way": "checkout.shipment_mail.OnItsWayMail",
    "chat-reply": "bodybest.chat.mail.ReplyMail",
    "course-account": "catalog.courses.account_mail.AccountMail",
    "course-granted": "catalog.courses.account_mail.GrantMail",
}


def get(kind):
    return import_string(KINDS[kind])()
