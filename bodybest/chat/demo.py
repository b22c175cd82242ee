"""The demo store's chat: the usual opening hours written out (so staff see and edit them) and
a few canned answers, in our own words. Idempotent: rows staff changed are left as they are."""
from bodybest.chat.hours import USUAL
from bodybest.chat.models import CannedAnswer, OpeningHours

CANNED = [
    ("Shipping times",
     "Orders placed before 2 p.m. Eastern on a business day leave our Burlington warehouse the same "
     "day. Canada Post takes 2 to 4 business days to most of Ontario and Quebec and 4 to 8 to the "
     "rest of Canada. Standard shipping is free on orders over $250."),
    ("Returns",
     "You have 30 days from delivery to send back an item in its original condition. Start the "
     "return from your order's page (or the link in your order mail); once we approve it, we mail "
     "you the address and the number to write on the parcel. Opened oils and used linens cannot "
     "come back."),
    ("Price Match Assurance",
     "If a Canadian store sells the same item for less, send us the link from the Price Match "
     "page and we will look at it within one business day. When we match, you pay the lower price "
     "and we refund the difference to your card."),
    ("Table weight limits",
     "Each table's page gives its working weight (what it holds while you work) and its static "
     "weight. Pick a working weight above your heaviest client plus the pressure you use; ask us "
     "and we will compare two tables for you."),
    ("Invoices for clinics",
     "Every order has a PDF invoice with our GST/HST number (and QST number for Quebec), ready for "
     "input tax credits. Download it from your order's page, or find it attached to your order "
     "confirmation mail."),
]


def load_chat(say=print):
    if not OpeningHours.objects.exists():
        OpeningHours.objects.bulk_create(
            [OpeningHours(weekday=day, opens=hours[0] if hours else None, closes=hours[1] if hours else None)
             for day, hours in USUAL.items()])
    made = 0
    for position, (title, text) in enumerate(CANNED):
        _, created = CannedAnswer.objects.get_or_create(title=title, defaults={"text": text, "position": position})
        made += created
    say(f"Chat: opening hours set, {made} canned answers added ({CannedAnswer.objects.count()} in all).")
