"""Returns, as the returns page promises them: a shopper returns some of an order's lines within
the window (ReturnPolicy.window_days, counted from delivery, else from the order date), never
more than they bought less what their earlier returns (not refused) cover, and nothing from a
category staff marked "cannot be returned once opened or used" (its subcategories too).

Staff approve or refuse; once the parcel is in, they say per line whether it goes back on the
shelf (restocked) and the customer's card gets the returned lines back, tax included, through
checkout/refunds.py (shipping only when staff tick it). Amounts are Decimal CAD, half-up to
the cent. Each decision mails the shopper once (checkout/return_mail.py).
"""
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from bodybest.mail import languages
from bodybest.mail.queueing import queue_mail
from checkout import audit
from checkout.models import ReturnExclusion, ReturnLine, ReturnPolicy, ReturnRequest
from checkout.refunds import RefundRefused, refund_order

CENT = Decimal("0.01")
NOTE_MAX_LENGTH = 500
StockRecord = get_model("partner", "StockRecord")


class ReturnRefused(Exception):
    """Nothing was saved; `message` tells the shopper or staff member why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def window_start(order):
    """When the window opens: the order's delivery (an Oscar shipping event whose type's code
    is "delivered"), else the date it was placed."""
    delivered = (order.shipping_events.filter(event_type__code="delivered")
                 .order_by("-date_created").values_list("date_created", flat=True).first())
    return delivered or order.date_placed


def deadline(order, policy=None):
    policy = policy or ReturnPolicy.current()
    return window_start(order) + timedelta(days=policy.window_days)


def window_open(order, now=None, policy=None):
    return (now or timezone.now()) <= deadline(order, policy)


def excluded_categories():
    """The ids of every excluded category and each of its subcategories."""
    excluded = set()
    for exclusion in ReturnExclusion.objects.select_related("category"):
        excluded.update(exclusion.category.get_descendants_and_self().values_list("pk", flat=True))
    return excluded


def is_excluded(line, excluded=None):
    """Whether `line`'s product is in an excluded category. A variant's categories are its
    parent's."""
    excluded = excluded_categories() if excluded is None else excluded
    product = line.product
    if product is None or not excluded:
        return False
    if product.is_child:
        product = product.parent
    return any(pk in excluded for pk in product.categories.values_list("pk", flat=True))


def already_returned(order):
    """{order line id: quantity} covered by the order's returns that were not refused."""
    rows = (ReturnLine.objects.filter(request__order=order).exclude(request__state=ReturnRequest.REFUSED)
            .values("line_id").annotate(total=Sum("quantity")))
    return {row["line_id"]: row["total"] for row in rows}


def returnable_lines(order):
    """[(line, most that may still be returned, excluded or not)] for the return form. Lines
    that did not ship (a course: refunded under its own policy, catalog/courses/refunds.py) are
    not returned, so not listed."""
    excluded, returned = excluded_categories(), already_returned(order)
    return [(line, max(line.quantity - returned.get(line.pk, 0), 0), is_excluded(line, excluded))
            for line in order.lines.select_related("product__parent", "product__product_class",
                                                   "product__parent__product_class").order_by("pk")
            if line.product is None or line.product.is_shipping_required]


def request_return(*, order, quantities, reason, note="", now=None):
    """Record a return of {order line id: quantity} for `order`, or raise ReturnRefused with
    nothing saved."""
    if reason not in dict(ReturnRequest.REASONS):
        raise ReturnRefused(_("Choose the reason for the return."))
    note = (note or "").strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise ReturnRefused(_("Keep the note to %(count)s characters.") % {"count": NOTE_MAX_LENGTH})
    with transaction.atomic():
        # One return at a time per order, so two at once cannot cover the same items twice.
        type(order).objects.select_for_update().filter(pk=order.pk).first()
        if not window_open(order, now):
            raise ReturnRefused(_("The %(days)s days to return items from this order ended on %(date)s.") % {
                "days": ReturnPolicy.current().window_days,
                "date": timezone.localdate(deadline(order)).isoformat()})
        wanted = {line_id: qty for line_id, qty in quantities.items() if qty}
        if not wanted:
            raise ReturnRefused(_("Choose at least one item to return."))
        lines = {line.pk: (line, most, excluded) for line, most, excluded in returnable_lines(order)}
        for line_id, quantity in wanted.items():
            if line_id not in lines or quantity < 0:
                raise ReturnRefused(_("Choose items from this order."))
            line, most, excluded = lines[line_id]
            if excluded:
                raise ReturnRefused(_("%(item)s cannot be returned once opened or used.") % {
                    "item": line.title})
            if quantity > most:
                raise ReturnRefused(_("You can return at most %(count)s of %(item)s.") % {
                    "count": most, "item": line.title})
        request = ReturnRequest.objects.create(order=order, reason=reason, note=note,
                                               language=languages.current())
        ReturnLine.objects.bulk_create(
            [ReturnLine(request=request, line_id=line_id, quantity=qty) for line_id, qty in wanted.items()])
    return request


def _locked(request, state):
    locked = ReturnRequest.objects.select_for_update().get(pk=request.pk)
    if locked.state != state:
        raise ReturnRefused(f"This return is {locked.get_state_display().lower()} already; "
                            "nothing was changed.")
    return locked


def approve_return(*, request, staff_user=None):
    """Approve: the shopper is mailed where to send it and the number to write on the parcel."""
    with transaction.atomic():
        request = _locked(request, ReturnRequest.REQUESTED)
        request.state, request.decided = ReturnRequest.APPROVED, timezone.now()
        request.save(update_fields=["state", "decided"])
        audit.record(request.order, staff_user, audit.RETURN_DECISION, f"{request.number} approved")
        queue_mail("return-approved", request.pk)
    return request


def refuse_return(*, request, reason, staff_user=None):
    reason = (reason or "").strip()
    if not reason or len(reason) > NOTE_MAX_LENGTH:
        raise ReturnRefused(f"Give the reason for refusing (at most {NOTE_MAX_LENGTH} characters); "
                            "the customer reads it.")
    with transaction.atomic():
        request = _locked(request, ReturnRequest.REQUESTED)
        request.state, request.decided = ReturnRequest.REFUSED, timezone.now()
        request.refusal_reason = reason
        request.save(update_fields=["state", "decided", "refusal_reason"])
        audit.record(request.order, staff_user, audit.RETURN_DECISION, f"{request.number} refused: {reason}")
        queue_mail("return-refused", request.pk)
    return request


def line_refund(line, quantity):
    """What `quantity` of an order line paid, tax included, half-up to the cent."""
    return (line.line_price_incl_tax * quantity / line.quantity).quantize(CENT, rounding=ROUND_HALF_UP)


def refund_amount(request, *, with_shipping=False):
    """The returned lines' price with their tax, plus the order's shipping with its tax when
    staff give it back."""
    amount = sum((line_refund(rl.line, rl.quantity) for rl in request.lines.select_related("line")),
                 Decimal("0.00"))
    if with_shipping:
        amount += request.order.shipping_incl_tax
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def receive_return(*, request, resaleable, with_shipping, staff_user):
    """The parcel is in: restock each line staff call resaleable ({return line id: bool}),
    refund the card (checkout/refunds.py; its RefundRefused rolls everything back) and mail
    the shopper.

    The card refund is the last step before the commit: the restocking and the return's new
    state are written first, so a database fault there stops before any money moves, and
    after Stripe's answer only the refund's own records remain to write."""
    with transaction.atomic():
        request = _locked(request, ReturnRequest.APPROVED)
        amount = refund_amount(request, with_shipping=with_shipping)
        for return_line in request.lines.select_related("line"):
            return_line.resaleable = bool(resaleable.get(return_line.pk))
            return_line.save(update_fields=["resaleable"])
            if return_line.resaleable and return_line.line.stockrecord_id:
                StockRecord.objects.filter(pk=return_line.line.stockrecord_id).update(
                    num_in_stock=F("num_in_stock") + return_line.quantity)
        request.state, request.received = ReturnRequest.RECEIVED, timezone.now()
        request.refunded, request.shipping_refunded = amount, with_shipping
        request.save(update_fields=["state", "received", "refunded", "shipping_refunded"])
        try:
            refund_order(request.order, amount, f"Return {request.number} received", staff_user)
        except RefundRefused as refused:
            raise ReturnRefused(refused.message) from None
        audit.record(request.order, staff_user, audit.RETURN_DECISION,
                     f"{request.number} received, {amount} refunded"
                     + (" with shipping" if with_shipping else ""))
        queue_mail("return-received", request.pk)
    return request
