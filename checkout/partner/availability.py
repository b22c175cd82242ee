from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.availability import Available, Unavailable


class Unpriced(Unavailable):
    """A product whose stock record has no price (staff cleared it, say, while a price is
    being decided). It is Oscar's Unavailable, so basket totals leave the line out and the
    checkout refuses it, with words that tell the shopper why."""

    code = "unavailable"
    message = _("Not for sale at the moment")

    def is_purchase_permitted(self, quantity):
        return False, _("it has no price at the moment")


class SoldOut(Unavailable):
    """A product with variants none of which can be bought now."""

    code = "outofstock"
    message = _("Sold out")
    short_message = _("Sold out")


class OneCourse(Available):
    """A course: access is personal, so a basket holds one of it."""

    def is_purchase_permitted(self, quantity):
        if quantity > 1:
            return False, _("a course is bought once per person: its access is personal")
        return True, ""


class CourseOpenAlready(Unavailable):
    """A course the signed-in shopper can open now: buying it again would only take money."""

    code = "unavailable"
    message = _("You have this course: open it from My courses")

    def is_purchase_permitted(self, quantity):
        return False, _("you have this course already; open it from My courses")
