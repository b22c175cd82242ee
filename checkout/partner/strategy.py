from oscar.apps.partner import availability, prices, strategy

from checkout.partner.availability import CourseOpenAlready, OneCourse, SoldOut, Unpriced
from checkout.partner.parent_price import cheapest_variant


class Canada(strategy.UseFirstStockRecord, strategy.StockRequired, strategy.DeferredTax,
             strategy.Structured):
    """One Body Best stock record per product, stock required, and prices before tax: Canadian
    sales tax depends on the destination province, so checkout/session.py adds it once the
    shipping address is known (checkout/tax.py)."""

    def availability_policy(self, product, stockrecord):
        """Oscar prices a stock record without a price as unavailable but still lets it be
        bought while stock lasts, and a basket holding it then fails to add up (a 500 on every
        page with the mini-basket). A product with no price cannot be bought."""
        if stockrecord is not None and stockrecord.price is None:
            return Unpriced()
        policy = super().availability_policy(product, stockrecord)
        if policy.is_available_to_buy and not product.get_product_class().requires_shipping:
            return self._course_policy(product) or policy
        return policy

    def _course_policy(self, product):
        """One of a course per basket, and none for a shopper whose access to it is open now
        (catalog/courses/access.py); None for a product that is not a course. Which products
        are courses, and which the shopper has open, are each looked up once per strategy
        (a request), so a page of course cards costs the same for 2 courses as for 20."""
        if product.pk not in self._courses():
            return None
        if product.pk in self._open_courses():
            return CourseOpenAlready()
        return OneCourse()

    def _courses(self):
        if not hasattr(self, "_course_products"):
            from catalog.courses.models import Course

            self._course_products = set(Course.objects.values_list("product_id", flat=True))
        return self._course_products

    def _open_courses(self):
        if not hasattr(self, "_open_course_products"):
            from django.utils import timezone

            from catalog.courses.models import Enrolment

            user, now = getattr(self, "user", None), timezone.now()
            enrolments = (Enrolment.objects.filter(user=user, ended__isnull=True).select_related("course")
                          if user is not None and user.is_authenticated else [])
            self._open_course_products = {e.course.product_id for e in enrolments if e.open_at(now)}
        return self._open_course_products

    def parent_pricing_policy(self, product, children_stock):
        """Oscar prices a parent at its first variant, sold out or not; shoppers read a parent's
        price as "from": the cheapest variant they can buy (checkout/partner/parent_price.py)."""
        chosen = cheapest_variant(children_stock, self._can_buy)
        if chosen is None:
            return prices.Unavailable()
        return self.pricing_policy(*chosen)

    def parent_availability_policy(self, product, children_stock):
        """Available while one variant can be bought; otherwise sold out, in those words."""
        if any(self._can_buy(child, record) for child, record in children_stock):
            return availability.Available()
        return SoldOut()

    def _can_buy(self, child, stockrecord):
        return self.availability_policy(child, stockrecord).is_available_to_buy


class Selector(strategy.Selector):
    def strategy(self, request=None, user=None, **kwargs):
        return Canada(request)
