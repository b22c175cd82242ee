"""The voucher an approved price match becomes: an Oscar voucher on a range holding that one
product, for that shopper, once, until it expires."""
import secrets
from datetime import timedelta

from django.utils import timezone
from oscar.apps.offer.custom import create_condition
from oscar.core.loading import get_model

from catalog.price_match.models import ShopperPriceMatchCondition

Range = get_model("offer", "Range")
Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Voucher = get_model("voucher", "Voucher")


def create_voucher(match, amount, valid_days, now=None, store_credit=False):
    """A single-use voucher taking `amount` off one unit of the matched product, or, as store
    credit for an order already paid, off anything."""
    now = now or timezone.now()
    product = match.product
    stem = f"Price match #{match.pk}"
    product_range = Range.objects.create(name=stem, includes_all_products=store_credit, is_public=False)
    if not store_credit:
        product_range.add_product(match.product)
    condition = create_condition(ShopperPriceMatchCondition, range=product_range,
                                 type=Condition.COUNT, value=1)
    benefit = Benefit.objects.create(range=product_range, type=Benefit.FIXED, value=amount,
                                     max_affected_items=1)
    offer = ConditionalOffer.objects.create(
        name=stem, offer_type=ConditionalOffer.VOUCHER, condition=condition, benefit=benefit,
        max_basket_applications=1, exclusive=True,
        description=f"Matches {match.competitor_name}'s price on {product.get_title()}.",
    )
    voucher = Voucher.objects.create(
        name=stem, code=f"PM-{secrets.token_hex(4).upper()}", usage=Voucher.SINGLE_USE,
        start_datetime=now, end_datetime=now + timedelta(days=valid_days),
    )
    voucher.offers.add(offer)
    return voucher
