"""Rules shared by every model whose text is kept in English and French (the apps'
translation.py files, django-modeltranslation).

- The original column (`title`, `name`, ...) always holds the English value. modeltranslation
  saves the active language's value there, so a French edit would otherwise leave French in it,
  and anything reading that column directly (raw SQL, a search document built from it) would be
  wrong.
- A slug left empty is made from the title or name in the same language, so a product, category
  or article translated by staff gets a French address. An article's slugs are unique: one is
  filled only when no other article has it.
- A saved category's cached addresses (Oscar's, per language) are dropped with its descendants'.
"""
from django.db.models.signals import post_save, pre_save
from django.utils import translation
from django.utils.text import slugify
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

ENGLISH, FRENCH = "en-ca", "fr-ca"

# Model label -> the field its slug is made from.
SLUG_SOURCES = {"catalogue.product": "title", "catalogue.category": "name", "blog.article": "title"}


def localized(field, language):
    """`localized("title", "fr-ca")` -> "title_fr_ca"."""
    return build_localized_fieldname(field, language)


def keep_original_columns_english(sender, instance, **kwargs):
    """After a save in another language, put the English back into the original columns.

    Django saves what the field's descriptor reads, and modeltranslation's reads the active
    language, so a French save writes French there; one UPDATE (only then) undoes it."""
    if translation.get_language() == ENGLISH or instance.pk is None:
        return
    english = {}
    for field in translator.get_options_for_model(sender).fields:
        value = getattr(instance, localized(field, ENGLISH))
        if value is not None:
            english[field] = value
    if english:
        sender._default_manager.filter(pk=instance.pk).rewrite(False).update(**english)


def stored_value(instance, field, language):
    """A language's value as stored ("" when there is none), without the English fallback."""
    return getattr(instance, localized(field, language)) or ""


def fill_slugs(sender, instance, **kwargs):
    source = SLUG_SOURCES.get(sender._meta.label_lower)
    if source is None:
        return
    slug_field = sender._meta.get_field("slug")
    for language in (ENGLISH, FRENCH):
        if stored_value(instance, "slug", language) or not stored_value(instance, source, language):
            continue
        slug = slugify(stored_value(instance, source, language))[: slug_field.max_length]
        if slug_field.unique:
            taken = sender._default_manager.filter(**{localized("slug", language): slug})
            if instance.pk:
                taken = taken.exclude(pk=instance.pk)
            if taken.exists():
                continue
        setattr(instance, localized("slug", language), slug)


def forget_category_addresses(sender, instance, **kwargs):
    """Oscar keeps each category's full slug path in the cache per language and never drops it;
    a renamed or re-slugged category (in either language) would keep its old address there, and
    so would the categories under it."""
    from django.core.cache import cache

    pks = [instance.pk, *instance.get_descendants().values_list("pk", flat=True)]
    cache.delete_many([f"CATEGORY_URL_{language}_{pk}" for pk in pks for language in (ENGLISH, FRENCH)])


def connect():
    from oscar.core.loading import get_model

    post_save.connect(forget_category_addresses, sender=get_model("catalogue", "Category"),
                      dispatch_uid="forget-category-addresses")
    for model in translator.get_registered_models(abstract=False):
        pre_save.connect(fill_slugs, sender=model, dispatch_uid=f"slugs-{model._meta.label_lower}")
        post_save.connect(keep_original_columns_english, sender=model,
                         dispatch_uid=f"english-columns-{model._meta.label_lower}")
