"""The demo store's current offer, so /offers/ and the menu's "Offers" have something real to
show: 10% off hot and cold stones. Loaded only while no site offer is running; reloading it
moves its dates forward instead of adding a second one."""
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model

RANGE_NAME = "Hot and cold stones"
OFFER_NAME = "Stone season: 10% off hot and cold stones"
CATEGORY_SLUG = "hot-cold-stones"
DESCRIPTION = (
    "<p>Basalt for warmth, marble for cooling: every stone set and single stone in the "
    "catalogue is 10% off while the season lasts. The discount is taken off in your basket "
    "before tax; no code needed.</p>"
)
RUNS_FOR = timedelta(days=45)


def load_offers(*, say):
    ConditionalOffer = get_model("offer", "ConditionalOffer")
    running = ConditionalOffer.active.filter(offer_type=ConditionalOffer.SITE).exclude(name=OFFER_NAME)
    if running.exists():
        say("Offers: a site offer is already running; no demo offer added")
        return 0
    Range = get_model("offer", "Range")
    Condition = get_model("offer", "Condition")
    Benefit = get_model("offer", "Benefit")
    Category = get_model("catalogue", "Category")
    stones, _ = Range.objects.update_or_create(name=RANGE_NAME, defaults={"is_public": True})
    stones.included_categories.set(Category.objects.filter(slug=CATEGORY_SLUG))
    condition, _ = Condition.objects.get_or_create(range=stones, type=Condition.COUNT, value=Decimal("1"))
    benefit, _ = Benefit.objects.get_or_create(range=stones, type=Benefit.PERCENTAGE, value=Decimal("10"))
    now = timezone.now()
    ConditionalOffer.objects.update_or_create(name=OFFER_NAME, defaults={
        "description": DESCRIPTION, "offer_type": ConditionalOffer.SITE, "status": ConditionalOffer.OPEN,
        "condition": condition, "benefit": benefit, "exclusive": True,
        "start_datetime": now - timedelta(days=1), "end_datetime": now + RUNS_FOR,
    })
    say(f"Offers: {OFFER_NAME} (until {(now + RUNS_FOR):%B %-d})")
    return 1
