"""The shipping page: staff's text (the flat page at /shipping/) with the rates, delivery times
and free-shipping threshold read from the shipping methods themselves, so the page can never
promise a figure checkout does not charge."""
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.contrib.flatpages.models import FlatPage
from django.db.models import Prefetch
from django.shortcuts import render
from django.views.decorators.http import require_safe
from oscar.core.loading import get_class, get_model

from checkout.free_shipping import current_threshold

WeightBased = get_model("shipping", "WeightBased")
WeightBand = get_model("shipping", "WeightBand")
Repository = get_class("shipping.repository", "Repository")


@dataclass(frozen=True)
class Band:
    lower: Decimal  # kg, exclusive (0 for the first band)
    upper: Decimal  # kg, inclusive
    charge: Decimal  # CAD before tax


def bands_of(method):
    """The method's weight bands in order, each with the weight it starts after."""
    bands, lower = [], Decimal("0")
    for band in method.bands.all():  # ordered by upper limit (prefetched)
        bands.append(Band(lower=lower, upper=band.upper_limit, charge=band.charge))
        lower = band.upper_limit
    return bands


def shipping_methods():
    """The methods checkout offers, in its order, with their bands (two queries)."""
    found = {method.code: method for method in WeightBased.objects.filter(code__in=Repository.CODES)
             .prefetch_related(Prefetch("bands", queryset=WeightBand.objects.order_by("upper_limit")))}
    return [{"method": found[code], "bands": bands_of(found[code])} for code in Repository.CODES if code in found]


@require_safe
def shipping_view(request):
    page = FlatPage.objects.filter(url="/shipping/", sites=settings.SITE_ID).first()
    return render(request, "bodybest/shipping.html", {
        "page": page, "methods": shipping_methods(), "threshold": current_threshold(),
    })
