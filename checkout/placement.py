"""Placing the order for a card payment, from what was saved before the card was charged.

The browser, a Stripe webhook and the reconcile command all come here, so the order is made
the same way whichever arrives first, and only once: the basket row and the payment row are
locked, and a payment that already has its order returns it.
"""
import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from oscar.core.loading import get_class, get_model

from bodybest.mail import languages
from checkout import invoices, limits
from checkout.partner.models import SoldOut

logger = logging.getLogger("bodybest.checkout")

Basket = get_model("basket", "Basket")
ShippingAddress = get_model("order", "ShippingAddress")
BillingAddress = get_model("order", "BillingAddress")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")
PaymentEvent = get_model("order", "PaymentEvent")
PaymentEventType = get_model("order", "PaymentEventType")
PaymentEventQuantity = get_model("order", "PaymentEventQuantity")
UserAddress = get_model("address", "UserAddress")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
Repository = get_class("shipping.repository", "Repository")
Selector = get_class("partner.strategy", "Selector")
Applicator = get_class("offer.applicator", "Applicator")

SOURCE_TYPE = "Stripe card"
ADDRESS_FIELDS = ("title", "first_name", "last_name", "line1", "line2", "line3", "line4",
                  "state", "postcode", "phone_number", "notes")


class OrderNotPlaceable(Exception):
    """The payment cannot become an order; `message` tells the shopper why, and that the
    authorisation is released."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def snapshot(submission):
    """What an order is made of, saved on the payment before Stripe is called: a webhook has
    no session to read it from. The page's language goes in too: the order's mails are
    written in it."""
    address = submission["shipping_address"]
    user = submission["user"]
    basket = submission["basket"]
    billing = address is None and not basket.is_shipping_required()
    if billing:  # online courses only: nothing ships, the billing address decides the tax
        address = submission["billing_address"]
    return {
        "billing": billing,
        "user_id": user.pk if user.is_authenticated else None,
        "guest_email": submission["order_kwargs"].get("guest_email", ""),
        "address": {name: str(getattr(address, name, "") or "") for name in ADDRESS_FIELDS},
        "country": address.country_id,
        "shipping_method": submission["shipping_method"].code,
        "lines": fingerprint(basket),
        "language": languages.current(),
    }


def fingerprint(basket):
    """The basket's lines as they were paid for; any change afterwards makes another amount."""
    return [
        [line.pk, line.product_id, line.stockrecord_id, line.quantity,
         str(line.line_price_excl_tax_incl_discounts)]
        for line in sorted(basket.all_lines(), key=lambda line: line.pk)
    ]


def rebuild(basket, saved):
    """The submission again, from a payment's snapshot: user, address, method, charge, taxes,
    total. The same functions as the checkout pages, so the amount matches unless the basket
    or the rates changed meanwhile."""
    from checkout.session import apply_taxes

    user = get_user_model().objects.filter(pk=saved["user_id"]).first() if saved["user_id"] else None
    user = user or AnonymousUser()
    basket.strategy = Selector().strategy(user=user)
    Applicator().apply(basket, user, request=None)
    model = BillingAddress if saved.get("billing") else ShippingAddress
    fields = {name: value for name, value in saved["address"].items()
              if any(field.name == name for field in model._meta.get_fields())}
    address = model(country_id=saved["country"], **fields)
    methods = Repository().get_shipping_methods(
        basket=basket, user=user, shipping_addr=None if saved.get("billing") else address)
    method = next((m for m in methods if m.code == saved["shipping_method"]), None)
    if method is None:
        raise OrderNotPlaceable("The delivery option you chose is no longer offered. "
                                "Nothing was charged; please choose another and pay again.")
    charge = method.calculate(basket)
    breakdown = apply_taxes(basket, charge, address.state)
    total = OrderTotalCalculator().calculate(basket, charge)
    return user, address, method, charge, breakdown, total


def place_order_for(payment):
    """Return (order, created). Raise OrderNotPlaceable when the payment must be released:
    the basket changed or was ordered already, or an item sold out while the card was
    being authorised."""
    from checkout.models import CardPayment, OrderLanguage, OrderTax
    from checkout.tasks import send_order_mail

    with transaction.atomic():
        basket = Basket._default_manager.select_for_update().get(pk=payment.basket_id)
        payment = CardPayment.objects.select_for_update().get(pk=payment.pk)
        if payment.order_id:
            return payment.order, False
        if basket.status not in (Basket.OPEN, Basket.FROZEN):
            raise OrderNotPlaceable("This basket has been ordered already. This payment is "
                                    "released and will not be charged.")
        saved = payment.snapshot
        problems = limits.snapshot_problems(saved)
        if problems:
            logger.error("Card payment %s: its details do not fit the order: %s", payment.pk,
                         " ".join(problems))
            raise OrderNotPlaceable("Your details could not be saved with the order, so this "
                                    "payment is released and will not be charged.")
        user, address, method, charge, breakdown, total = rebuild(basket, saved)
        if basket.is_empty or fingerprint(basket) != saved["lines"] or total.incl_tax != payment.amount:
            raise OrderNotPlaceable("Your basket changed while you were paying. Nothing was "
                                    "charged; please check your basket and pay again.")
        try:
            with transaction.atomic():
                order = _create_order(payment, basket, user, address, method, charge, total, saved)
        except SoldOut as sold_out:
            product = sold_out.stockrecord.product
            raise OrderNotPlaceable(
                f"Sorry, {product.get_title()} just sold out. Your card was not charged; "
                "remove it from your basket, or lower the quantity, to order the rest."
            ) from sold_out
        OrderTax.objects.bulk_create(
            OrderTax(order=order, code=line.code, name=line.name, percent=line.percent,
                     amount=line.amount, position=position)
            for position, line in enumerate(breakdown.lines)
        )
        # A payment saved before snapshots held the language was made on an English page.
        OrderLanguage.objects.create(order=order, language=languages.supported(saved.get("language")))
        _record_authorisation(order, payment)
        invoices.invoice_for(order)  # numbered once, with the order: a rollback takes both back
        basket.submit()
        payment.order = order
        payment.save(update_fields=["order", "updated"])
        transaction.on_commit(lambda: send_order_mail.delay(order.pk), robust=True)
    logger.info("Order %s placed for %s", order.number, payment.payment_intent_id)
    return order, True


def _create_order(payment, basket, user, address, method, charge, total, saved):
    address.save()
    extra = {"guest_email": saved["guest_email"]} if not user.is_authenticated else {}
    if saved.get("billing"):  # nothing ships: the order keeps the billing address only
        return OrderCreator().place_order(
            basket=basket, total=total, shipping_method=method, shipping_charge=charge,
            user=user, shipping_address=None, billing_address=address,
            order_number=payment.order_number, request=None, **extra,
        )
    if user.is_authenticated:
        _update_address_book(user, address)
    # A guest is passed as Oscar's own checkout passes one, an AnonymousUser: with None,
    # recording a voucher's use (Voucher.record_usage) failed and no guest could use a voucher.
    return OrderCreator().place_order(
        basket=basket, total=total, shipping_method=method, shipping_charge=charge,
        user=user, shipping_address=address,
        order_number=payment.order_number, request=None, **extra,
    )


def _update_address_book(user, address):
    book = user.addresses.filter(hash=address.generate_hash()).first()
    if book is None:
        book = UserAddress(user=user)
        address.populate_alternative_model(book)
    book.num_orders_as_shipping_address += 1
    book.save()


def _record_authorisation(order, payment):
    source_type, _ = SourceType.objects.get_or_create(name=SOURCE_TYPE)
    Source.objects.create(order=order, source_type=source_type, currency=payment.currency,
                          amount_allocated=payment.amount, reference=payment.payment_intent_id)
    record_event(order, "Authorised", payment.amount, payment.payment_intent_id)


def record_event(order, name, amount, reference):
    event_type, _ = PaymentEventType.objects.get_or_create(name=name)
    event = PaymentEvent.objects.create(order=order, event_type=event_type, amount=amount,
                                        reference=reference)
    PaymentEventQuantity.objects.bulk_create(
        PaymentEventQuantity(event=event, line=line, quantity=line.quantity)
        for line in order.lines.all()
    )
    return event
