"""Adding a product with variants to the basket by its options (Colour, Size), not by a list
of every variant.

Oscar's basket app is not forked: bodybest/urls.py mounts ``BasketAddView`` at Oscar's
``basket:add`` path, ahead of Oscar's. For a product without variants nothing changes. For a
parent, the form has one choice per option (catalog/variant_choice.py) in place of Oscar's
``child_id`` list; the posted values are resolved here to the variant, which is what goes in
the basket, at its own price. A combination that does not exist or is sold out is refused with
a message saying so (Oscar's way: back to the page the shopper came from), and nothing is added.
"""
from django import forms
from django.utils.translation import gettext, gettext_lazy as _
from oscar.core.loading import get_class
from oscar.forms import widgets
from oscar.templatetags.currency_filters import currency

from catalog.variant_choice import chooser_for, value_label

OscarAddToBasketForm = get_class("basket.forms", "AddToBasketForm")
OscarBasketAddView = get_class("basket.views", "BasketAddView")


class AddToBasketForm(OscarAddToBasketForm):
    def _create_parent_product_fields(self, product):
        """One choice per option instead of Oscar's list of variants; the cheapest variant a
        shopper can buy is chosen to begin with (the "from" price the page shows)."""
        self.chooser = chooser_for(product, self.basket.strategy)
        start = self.chooser.cheapest()
        for index, option in enumerate(self.chooser.options):
            choices, sold_out = [], []
            for value in option.values:
                choices.append((value, choice_label(self.chooser, index, value)))
                if not any(v.buyable for v in self.chooser.with_value(index, value)):
                    sold_out.append(value)
            self.fields[option.field_name] = forms.ChoiceField(
                label=option.name,
                choices=choices,
                initial=start.values[index] if start else None,
                widget=widgets.AdvancedSelect(disabled_values=sold_out),
                error_messages={"invalid_choice": _("Please choose one of the listed choices."),
                                "required": _("Please choose one of the listed choices.")},
            )
        self.fields["quantity"] = self.fields.pop("quantity")  # after the choices, by the button

    def clean(self):
        if self.parent_product.is_parent:
            names = [o.field_name for o in self.chooser.options]
            if any(name not in self.cleaned_data for name in names):
                return self.cleaned_data  # a field's own error says what is wrong
            values = [self.cleaned_data[name] for name in names]
            variant = self.chooser.find(values)
            described = describe(self.chooser, values)
            if variant is None:
                raise forms.ValidationError(
                    gettext("%(product)s does not come as %(choice)s. Please choose another combination.")
                    % {"product": self.parent_product.get_title(), "choice": described})
            if not variant.buyable:
                raise forms.ValidationError(
                    gettext("%(product)s in %(choice)s is sold out. Please choose another.")
                    % {"product": self.parent_product.get_title(), "choice": described})
            self.child_product = variant.child
        return super().clean()


class BasketAddView(OscarBasketAddView):
    """Oscar's view with the form above."""

    form_class = AddToBasketForm


def choice_label(chooser, index, value):
    """"45 cm — $27.00", "Sage — from $49.00", "90 cm — $39.00 (sold out)": the value, the
    price of the variants having it (a range shown as "from"), and whether none can be bought."""
    variants = chooser.with_value(index, value)
    buyable = [v for v in variants if v.buyable]
    priced = [v for v in (buyable or variants) if v.price is not None]
    label = value_label(chooser, index, value)
    if priced:
        low = min(priced, key=lambda v: v.price)
        amount = currency(low.price, low.currency)
        if any(v.price != low.price for v in priced):
            amount = gettext("from %(price)s") % {"price": amount}
        label = f"{label} — {amount}"
    if not buyable:
        label = gettext("%(choice)s (sold out)") % {"choice": label}
    return label


def describe(chooser, values):
    """The chosen values in words: "Charcoal, Wide"."""
    return ", ".join(str(value_label(chooser, i, v)) for i, v in enumerate(values))
