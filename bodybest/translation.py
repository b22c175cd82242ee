"""Store pages (Django's flat pages: about, shipping, returns, privacy...) in English and French.

Their columns are added by bodybest/flatpages_migrations/ (MIGRATION_MODULES), not inside
Django's package. A French page is served at the same `url` under /fr/; an empty French title or
content reads as the English one.
"""
from django.contrib.flatpages.models import FlatPage
from modeltranslation.translator import TranslationOptions, register


@register(FlatPage)
class FlatPageTranslation(TranslationOptions):
    fields = ("title", "content")
