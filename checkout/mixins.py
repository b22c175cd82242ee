from oscar.apps.checkout import mixins


class OrderPlacementMixin(mixins.OrderPlacementMixin):
    def place_order(self, *args, **kwargs):
        """Oscar stores one tax total; the order also keeps each tax on its own line (GST and
        QST, say), as checkout/session.py worked them out for this submission."""
        order = super().place_order(*args, **kwargs)
        from checkout.models import OrderTax

        breakdown = getattr(self, "tax_breakdown", None)
        if breakdown is not None:
            OrderTax.objects.bulk_create(
                OrderTax(order=order, code=line.code, name=line.name, percent=line.percent,
                         amount=line.amount, position=position)
                for position, line in enumerate(breakdown.lines)
            )
        return order
