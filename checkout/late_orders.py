"""Late orders: paid orders with something left to ship after more than the staff-set number of
business days (checkout.models.ShipmentDeadline, 2 unless staff change it).

A business day is Monday to Friday, less the statutory holidays of the province the warehouse
and its staff are in (bodybest/business.py's region, Ontario: the `holidays` library's public
holidays there, Family Day included, with the day off moved to Monday when one falls on a
weekend; not the federal government's own days off such as Remembrance Day, on which the
warehouse works), read as dates in the store's time zone (settings.TIME_ZONE).

`business_days_between(start, end)` counts the business days after `start`'s date up to and
including `end`'s date: an order placed on Monday has waited 1 business day on Tuesday and 3 on
Thursday, whatever the hour; one placed on Friday evening has waited 1 on Monday. With the
limit at 2, that Monday order is late from Thursday.

`late_orders(now, days)` answers in two queries whatever the number of orders: one for the
orders (oldest first), one for their lines with the quantity shipped of each."""
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings
from django.db.models import Exists, F, IntegerField, OuterRef, Prefetch, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

from checkout.shipments import SHIPPABLE_STATUSES

Order = get_model("order", "Order")
Line = get_model("order", "Line")
DEFAULT_DAYS = 2
MIN_DAYS, MAX_DAYS = 1, 30


def _zone():
    return ZoneInfo(settings.TIME_ZONE)


def local_date(moment):
    """The store's calendar date of a datetime (aware, or naive in the store's zone) or a date."""
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone(_zone())
        return moment.date()
    return moment


@lru_cache(maxsize=64)
def _holidays(year):
    from bodybest.business import BUSINESS

    return frozenset(holidays.country_holidays(BUSINESS.country, subdiv=BUSINESS.region, years=year,
                                               categories=(holidays.PUBLIC,)))


def is_statutory_holiday(day):
    """A statutory holiday where the warehouse is."""
    return day in _holidays(day.year)


def is_business_day(day):
    return day.weekday() < 5 and not is_statutory_holiday(day)


def business_days_between(start, end):
    """Business days after `start`'s date up to and including `end`'s date (0 when `end` is not
    later). Datetimes are read in the store's time zone."""
    first, last = local_date(start) + timedelta(days=1), local_date(end)
    count, day = 0, first
    while day <= last:
        count += is_business_day(day)
        day += timedelta(days=1)
    return count


def late_before(now, days):
    """The aware moment before which an order must have been placed to have waited more than
    `days` business days at `now`: midnight (store time) of the (days + 1)th business day
    counted back from today, today included."""
    day, found = local_date(now), 0
    while True:
        if is_business_day(day):
            found += 1
            if found == days + 1:
                return datetime.combine(day, time.min, tzinfo=_zone())
        day -= timedelta(days=1)


def _shipped_of_line():
    from checkout.models import ShipmentLine

    return Coalesce(Subquery(
        ShipmentLine.objects.filter(line=OuterRef("pk")).values("line")
        .annotate(total=Sum("quantity")).values("total")[:1],
        output_field=IntegerField()), Value(0))


def late_orders(now, days):
    """Paid orders (a shippable status) with a line not all shipped, placed more than `days`
    business days before `now`, oldest first. Each order's `lines_left` prefetch holds its lines
    annotated with `shipped`; `waiting_rows` reads them without another query."""
    lines = Line.objects.annotate(shipped=_shipped_of_line()).order_by("pk")
    something_left = Exists(Line.objects.annotate(shipped=_shipped_of_line())
                            .filter(order=OuterRef("pk"), quantity__gt=F("shipped")))
    return (Order.objects
            .filter(status__in=SHIPPABLE_STATUSES, date_placed__lt=late_before(now, days))
            .filter(something_left)
            .select_related("user", "shipping_address")
            .prefetch_related(Prefetch("lines", queryset=lines, to_attr="lines_left"))
            .order_by("date_placed", "pk"))


def waiting_rows(orders, now):
    """[(order, business days waited, [(line, quantity left)])] for late_orders()' orders."""
    return [(order, business_days_between(order.date_placed, now),
             [(line, line.quantity - line.shipped) for line in order.lines_left
              if line.quantity > line.shipped])
            for order in orders]


def current_days():
    """The staff-set limit, or DEFAULT_DAYS while staff have set none (one query)."""
    from checkout.models import ShipmentDeadline

    row = ShipmentDeadline.objects.filter(pk=ShipmentDeadline.ONLY).values_list(
        "business_days", flat=True).first()
    return row or DEFAULT_DAYS
