"""What happens to a price match request: asked, approved, rejected, expired."""
import logging
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from bodybest.mail import languages
from bodybest.mail.queueing import queue_mail
from catalog.price_match import rules
from catalog.price_match.models import Policy, PriceMatchRequest

logger = logging.getLogger("bodybest.price_match")
Selector = get_class("partner.strategy", "Selector")
WeightBased = get_model("shipping", "WeightBased")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
Order = get_model("order", "Order")


class Refused(Exception):
    def __init__(self, reasons):
        super().__init__("; ".join(reasons))
        self.reasons = reasons


def our_landed(product):
    """(our price before tax, Standard shipping for this one item) for a product we sell."""
    info = Selector().strategy().fetch_for_product(product)
    if not info.availability.is_available_to_buy or not info.price.exists:
        return None
    price = info.price.excl_tax
    standard = WeightBased.objects.filter(code="standard").first()
    if standard is None:
        return price, Decimal("0.00")
    if standard.free_shipping_threshold is not None and price >= standard.free_shipping_threshold:
        return price, Decimal("0.00")
    weight = (ProductAttributeValue.objects.filter(
        product_id__in=[i for i in (product.pk, product.parent_id) if i],
        attribute__code=standard.weight_attribute).values_list("value_float", flat=True).first())
    charge = standard.get_charge(Decimal(str(weight)) if weight is not None else Decimal(standard.default_weight or 0))
    return price, charge


def is_eligible(product, policy):
    if not product.is_public or product.is_parent:
        return False
    slugs = policy.category_slugs()
    categories = product.get_categories() if not product.is_child else product.parent.get_categories()
    return not categories.filter(slug__in=slugs).exists()


def past_order(product, order_number, policy, *, user=None, email=None, now=None):
    """The shopper's own order of this product inside the window, or Refused.

    The shopper is a signed-in `user` (their orders), or the owner of `email`, proven by the
    confirmation link (orders placed with that address). An order number that exists but is
    someone else's gets the same answer as one that does not exist."""
    now = now or timezone.now()
    orders = Order.objects.filter(number=order_number.strip(), lines__product=product)
    order = (orders.filter(user=user) if user is not None else orders.filter(email_q(email))).distinct().first()
    if order is None:
        raise Refused([_("We could not find that order for this product in your account.") if user is not None
                       else _("We could not find that order for this product and email address.")])
    if order.date_placed < now - timedelta(days=policy.window_days):
        raise Refused([_("That order is more than %(days)d days old, past the price "
                         "match window for purchases.") % {"days": policy.window_days}])
    return order


def email_q(email):
    return Q(guest_email__iexact=email) | Q(user__email__iexact=email)


def already_matched(product, *, since, user=None, email=None, exclude=None):
    """Whether the shopper has a verified request for `product`, pending or approved, since
    `since`: one of the account's, or one confirmed from the address `email`."""
    mine = Q(pk__in=[])
    if user is not None:
        mine |= Q(user=user)
    if email:
        mine |= Q(email_confirmed__isnull=False, email__iexact=email)
    return (PriceMatchRequest.objects.verified()
            .filter(mine, product=product, created__gte=since,
                    status__in=(PriceMatchRequest.PENDING, PriceMatchRequest.APPROVED))
            .exclude(pk=exclude).exists())


def submit(product, *, user, name, email, competitor_name, competitor_url, competitor_price,
           competitor_shipping, screenshot=None, order_number="", ip_address=None, now=None):
    """Check the request at once and store it, or raise Refused with every reason.

    Asked while signed in, the request is the account's: verified at once, written to the
    account's address, and a past order must be one of the account's. A guest's request waits
    unverified until the shopper opens the link mailed to the address they typed (confirm());
    only then is it checked against their other requests and the order they cite, counted,
    shown to staff. So a stranger typing someone's address blocks nobody and learns nothing."""
    now = now or timezone.now()
    account = user if user is not None and user.is_authenticated else None
    policy = Policy.current()
    ours = our_landed(product)
    if ours is None:
        raise Refused([_("This product is not for sale right now, so there is no price to match.")])
    our_price, our_shipping = ours
    host = rules.domain_of(competitor_url)
    window_start = now - timedelta(days=policy.window_days)
    already = account is not None and already_matched(product, since=window_start, user=account,
                                                      email=account.email)
    reasons = rules.refusals(
        our_landed=rules.landed(our_price, our_shipping),
        their_landed=rules.landed(competitor_price, competitor_shipping),
        floor_percent=policy.floor_percent, host=host, excluded=policy.domains(),
        eligible=is_eligible(product, policy), already_matched=already,
    )
    if reasons:
        raise Refused(reasons)
    order = None
    if account is not None and order_number.strip():
        order = past_order(product, order_number, policy, user=account, now=now)
    return PriceMatchRequest.objects.create(
        product=product, user=account, name=name, email=(account.email if account else "") or email,
        competitor_name=competitor_name, competitor_url=competitor_url,
        competitor_price=competitor_price, competitor_shipping=competitor_shipping,
        our_price=our_price, our_shipping=our_shipping, screenshot=screenshot or "",
        order=order, order_number="" if account else order_number.strip(),
        verified=now if account else None, ip_address=ip_address, language=languages.current(),
    )


def confirm(match, *, user=None, now=None):
    """The shopper opened the link mailed to the address they asked with: the address is
    theirs. The first time, the request is checked as a signed-in one is at once (their other
    requests, the order they cite) and becomes verified, or Refused. Opened while signed in, it
    also joins that account (if it belongs to none yet), so its voucher can be used there."""
    now = now or timezone.now()
    with transaction.atomic():
        match = PriceMatchRequest.objects.select_for_update().get(pk=match.pk)
        if match.verified is None:
            if match.status != PriceMatchRequest.PENDING:
                raise Refused([_("This request expired before it was confirmed. You are welcome to "
                                 "ask again from the product page.")])
            policy = Policy.current()
            since = now - timedelta(days=policy.window_days)
            if already_matched(match.product, since=since, email=match.email, exclude=match.pk):
                raise Refused([str(rules.ALREADY_MATCHED)])
            if match.order_number:
                match.order = past_order(match.product, match.order_number, policy, email=match.email,
                                         now=now)
            match.verified = match.email_confirmed = now
        elif match.email_confirmed is None:
            match.email_confirmed = now
        if user is not None and user.is_authenticated and match.user_id is None:
            match.user = user
        match.save()
    return match


def approve(match, staff_user, now=None):
    """Approve a pending request: refund the difference on a past order, else a voucher."""
    from catalog.price_match.offers import create_voucher

    now = now or timezone.now()
    policy = Policy.current()
    with transaction.atomic():
        match = _locked_for_decision(match)
        amount = match.difference
        if not (match.order_id and _refund(match, amount, staff_user)):
            # A past order paid otherwise gets the difference as store credit on anything.
            match.voucher = create_voucher(match, amount, policy.voucher_days, now,
                                           store_credit=bool(match.order_id))
        match.status, match.decided, match.decided_by = PriceMatchRequest.APPROVED, now, staff_user
        match.save()
        queue_mail("price-match-decision", match.pk)  # the row commits with the decision
    return match


def _refund(match, amount, staff_user):
    from checkout.models import CardPayment
    from checkout.refunds import RefundRefused, refund_order

    payment = CardPayment.objects.filter(order=match.order, status=CardPayment.CAPTURED).first()
    if payment is None or payment.refundable < amount:
        return False
    try:
        refund_order(match.order, amount, f"Price match #{match.pk} with {match.competitor_name}",
                     staff_user)
    except RefundRefused as refused:
        raise Refused([refused.message])
    match.refunded = amount
    return True


def reject(match, staff_user, reason, now=None):
    reason = (reason or "").strip()
    if not reason:
        raise Refused(["Give the shopper a reason: it is mailed to them."])
    with transaction.atomic():
        match = _locked_for_decision(match)
        match.status, match.reason = PriceMatchRequest.REJECTED, reason[:500]
        match.decided, match.decided_by = now or timezone.now(), staff_user
        match.save()
        queue_mail("price-match-decision", match.pk)  # the row commits with the decision
    return match


def _locked_for_decision(match):
    match = PriceMatchRequest.objects.select_for_update().get(pk=match.pk)
    if match.verified is None:
        raise Refused(["The shopper has not confirmed this request yet."])
    if match.status != PriceMatchRequest.PENDING:
        raise Refused([f"This request was {match.get_status_display().lower()} already."])
    return match


def expire_stale(now=None):
    """Pending requests nobody decided within the policy's days expire (Celery beat, daily)."""
    now = now or timezone.now()
    policy = Policy.current()
    return PriceMatchRequest.objects.filter(
        status=PriceMatchRequest.PENDING, created__lt=now - timedelta(days=policy.decide_within_days),
    ).update(status=PriceMatchRequest.EXPIRED, decided=now)
