"""The shipping methods' names and delivery times in English and French (django-modeltranslation;
see catalog/translation.py): a French checkout, basket and shipping page name "Livraison standard",
and the order keeps the name the shopper chose. Staff edit both languages in the admin."""
from modeltranslation.translator import TranslationOptions, register
from oscar.core.loading import get_model

WeightBased = get_model("shipping", "WeightBased")


@register(WeightBased)
class WeightBasedTranslation(TranslationOptions):
    fields = ("name", "description", "delivery_days")
