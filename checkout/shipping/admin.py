from django.contrib import admin
from modeltranslation.admin import TranslationAdmin
from oscar.apps.shipping.admin import *  # noqa: F401,F403
from oscar.apps.shipping.admin import WeightBasedAdmin as OscarWeightBasedAdmin
from oscar.core.loading import get_model

WeightBased = get_model("shipping", "WeightBased")


class WeightBasedAdmin(TranslationAdmin, OscarWeightBasedAdmin):
    """Oscar's, with the name, description and delivery time in English and French side by side
    (checkout/shipping/translation.py)."""


admin.site.unregister(WeightBased)
admin.site.register(WeightBased, WeightBasedAdmin)
