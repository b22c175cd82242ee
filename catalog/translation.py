"""The catalogue's text in English and French (django-modeltranslation).

Each field named here gets `<field>_en_ca` and `<field>_fr_ca` columns on its own table, so a
listing reads both languages in the query it already makes. Reading `product.title` gives the
active language's value, or the English one when the French is empty (a shopper sees no gap;
staff see a note, catalog/templatetags/translation_notes.py). The original column keeps the
English value: code that sets a French value names `<field>_fr_ca`.

Slugs are translated too: `product.slug` on a French page is the French slug, so
`get_absolute_url()` gives the French address and Oscar's "wrong slug, redirect" check sends an
English slug on a French URL (and a French one on an English URL) to the right one with a 301.
"""
from modeltranslation.translator import TranslationOptions, register
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductAttribute = get_model("catalogue", "ProductAttribute")
AttributeOption = get_model("catalogue", "AttributeOption")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")


@register(Product)
class ProductTranslation(TranslationOptions):
    fields = ("title", "slug", "description", "meta_title", "meta_description")


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "slug", "description", "meta_title", "meta_description")


@register(ProductAttribute)
class ProductAttributeTranslation(TranslationOptions):
    fields = ("name",)


@register(AttributeOption)
class AttributeOptionTranslation(TranslationOptions):
    fields = ("option",)


@register(ProductAttributeValue)
class ProductAttributeValueTranslation(TranslationOptions):
    """A text specification ("Aluminium", "Unscented") in both languages; numbers, yes/no and
    options need no copy of their own."""

    fields = ("value_text",)
