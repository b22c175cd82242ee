"""When staff answer the chat live: the opening hours staff set by weekday, in Eastern time,
less Canada's statutory holidays (the same days checkout/late_orders.py does not count).

Pure over a moment and a table of hours ({weekday: (opens, closes) or None}); `current_table`
reads it from the database, with the store's usual hours until staff set their own."""
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _

from checkout.late_orders import is_statutory_holiday

EASTERN, PACIFIC = ZoneInfo("America/Toronto"), ZoneInfo("America/Vancouver")
# Until staff set their own: weekdays 9 to 5, Saturday 10 to 2, Eastern time.
USUAL = {0: (time(9), time(17)), 1: (time(9), time(17)), 2: (time(9), time(17)),
         3: (time(9), time(17)), 4: (time(9), time(17)), 5: (time(10), time(14)), 6: None}


@dataclass(frozen=True)
class Status:
    open: bool
    back_at: datetime | None  # the next opening, in Eastern time, when closed


def status(now, table):
    """Open now, or closed and when the chat opens next (within the next two weeks)."""
    local = now.astimezone(EASTERN)
    for offset in range(15):
        day = (local + timedelta(days=offset)).date()
        hours = table.get(day.weekday())
        if not hours or is_statutory_holiday(day):
            continue
        opens = datetime.combine(day, hours[0], EASTERN)
        closes = datetime.combine(day, hours[1], EASTERN)
        if offset == 0 and opens <= local < closes:
            return Status(True, None)
        if local < opens:
            return Status(False, opens)
    return Status(False, None)


def current_table():
    from bodybest.chat.models import OpeningHours

    rows = list(OpeningHours.objects.all())
    if not rows:
        return dict(USUAL)
    table = {day: None for day in range(7)}
    for row in rows:
        if row.opens is not None and row.closes is not None and row.opens < row.closes:
            table[row.weekday] = (row.opens, row.closes)
    return table


def in_both_zones(moment):
    """"9:00 ET (6:00 PT)": a moment as shoppers on both coasts read it."""
    eastern, pacific = moment.astimezone(EASTERN), moment.astimezone(PACIFIC)
    return f"{eastern:%-H:%M} ET ({pacific:%-H:%M} PT)"


def back_at_text(moment, now):
    """When the chat opens again, in words, in the current language: "today at 9:00 ET (6:00 PT)",
    "tomorrow at …", "Monday at …"."""
    days = (moment.astimezone(EASTERN).date() - now.astimezone(EASTERN).date()).days
    if days == 0:
        return _("today at %(time)s") % {"time": in_both_zones(moment)}
    if days == 1:
        return _("tomorrow at %(time)s") % {"time": in_both_zones(moment)}
    return _("%(day)s at %(time)s") % {"day": WEEKDAYS[moment.astimezone(EASTERN).weekday()],
                                       "time": in_both_zones(moment)}


def weekly_lines(table):
    """[("Monday", "9:00–17:00 ET (6:00–14:00 PT)"), …] for the panel and the conversation page,
    the day's name in the current language."""
    lines = []
    reference = datetime(2026, 1, 5, tzinfo=EASTERN)  # a Monday, outside daylight saving
    for day in range(7):
        hours = table.get(day)
        if not hours:
            lines.append((str(WEEKDAYS[day]), _("closed")))
            continue
        date = (reference + timedelta(days=day)).date()
        opens, closes = (datetime.combine(date, t, EASTERN) for t in hours)
        lines.append((str(WEEKDAYS[day]),
                      f"{opens:%-H:%M}–{closes:%-H:%M} ET "
                      f"({opens.astimezone(PACIFIC):%-H:%M}–{closes.astimezone(PACIFIC):%-H:%M} PT)"))
    return lines
