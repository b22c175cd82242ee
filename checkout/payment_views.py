"""The card payment endpoint the preview page's "Pay" button calls (static/bodybest/js/checkout-payment.js).

POST payment_method=<id from Stripe.js>: authorise the order total on that card and place the
order. POST payment_intent=<id>: carry on after 3-D Secure. Answers JSON:
  {"status": "placed", "redirect": <thank-you URL>}                         200
  {"status": "requires_action", "client_secret": ..., "payment_intent": ...} 200
  {"status": "failed", "message": <Stripe's message, for the shopper>}       402
  {"status": "in_progress", "message": ...}                                  409
and 400 with a message for malformed input. Card numbers never reach this server.
"""
import re

from django.db import transaction
from django.http import JsonResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from oscar.core.loading import get_class

from checkout import limits
from checkout.models import CardPayment
from checkout.payment_flow import settle, start_payment
from checkout.placement import snapshot

CheckoutSessionMixin = get_class("checkout.session", "CheckoutSessionMixin")
OrderNumberGenerator = get_class("order.utils", "OrderNumberGenerator")
CheckoutSessionData = get_class("checkout.utils", "CheckoutSessionData")

STRIPE_ID = re.compile(r"^(pm|card|pi)_[A-Za-z0-9]{1,200}$")
SESSION_KEY = "card_payments"
HTTP_STATUS = {"placed": 200, "requires_action": 200, "failed": 402, "in_progress": 409}


@method_decorator(transaction.non_atomic_requests, name="dispatch")
class PayView(CheckoutSessionMixin, View):
    http_method_names = ["post"]
    pre_conditions = [
        "check_basket_is_not_empty",
        "check_basket_is_valid",
        "check_user_email_is_captured",
        "check_shipping_data_is_captured",
        "check_billing_address_when_nothing_ships",
        "check_tax_rates_are_known",
    ]

    def dispatch(self, request, *args, **kwargs):
        # Coming back from 3-D Secure: the order may already have been placed by a webhook,
        # emptying the basket, so this is answered before Oscar's basket checks.
        if request.method == "POST" and "payment_intent" in request.POST:
            self.request = request
            self.checkout_session = CheckoutSessionData(request)
            return self.resume(request, request.POST["payment_intent"])
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        method_id = request.POST.get("payment_method", "")
        if not STRIPE_ID.match(method_id) or method_id.startswith("pi_"):
            return _bad(_("Your card details did not reach us. Please enter them again."))
        submission = self.build_submission()
        basket = submission["basket"]
        saved = snapshot(submission)
        problems = limits.snapshot_problems(saved)
        if problems:
            return _bad(" ".join([_("Nothing was charged."), *problems,
                                  _("Please correct your details and pay again.")]))
        outcome = start_payment(
            basket,
            amount=submission["order_total"].incl_tax,
            order_number=OrderNumberGenerator().order_number(basket),
            saved=saved,
            payment_method_id=method_id,
        )
        payment_id = CardPayment.objects.filter(basket=basket).values_list("pk", flat=True).first()
        if payment_id:
            request.session[SESSION_KEY] = [payment_id, *request.session.get(SESSION_KEY, [])][:10]
        return self.respond(outcome)

    def resume(self, request, intent_id):
        if not STRIPE_ID.match(intent_id) or not intent_id.startswith("pi_"):
            return _bad(_("That payment is not one of yours."))
        payment = CardPayment.objects.filter(
            pk__in=request.session.get(SESSION_KEY, []), payment_intent_id=intent_id
        ).first()
        if payment is None:
            return _bad(_("That payment is not one of yours."))
        return self.respond(settle(payment))

    def respond(self, outcome):
        body = {"status": outcome.status}
        if outcome.status == "placed":
            self.checkout_session.flush()
            self.request.session["checkout_order_id"] = outcome.order.pk
            body["redirect"] = reverse("checkout:thank-you")
            body["order_number"] = outcome.order.number
        elif outcome.status == "requires_action":
            body["client_secret"] = outcome.client_secret
            body["payment_intent"] = outcome.payment_intent_id
        else:
            body["message"] = outcome.message
        return JsonResponse(body, status=HTTP_STATUS[outcome.status])


def _bad(message):
    return JsonResponse({"status": "invalid", "message": message}, status=400)
