from oscar.apps.catalogue.admin import *  # noqa: F401,F403
from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from oscar.apps.catalogue import admin as oscar_admin

# Products, categories, attribute names and option values with their English and French fields
# next to each other (catalog/translation.py); the rest of each page is Oscar's.


class ProductAdmin(TranslationAdmin, oscar_admin.ProductAdmin):
    prepopulated_fields = {"slug_en_ca": ("title_en_ca",), "slug_fr_ca": ("title_fr_ca",)}


class CategoryAdmin(TranslationAdmin, oscar_admin.CategoryAdmin):
    pass


class ProductAttributeInline(TranslationTabularInline, oscar_admin.ProductAttributeInline):
    pass


class ProductClassAdmin(oscar_admin.ProductClassAdmin):
    inlines = [ProductAttributeInline]


class ProductAttributeAdmin(TranslationAdmin, oscar_admin.ProductAttributeAdmin):
    prepopulated_fields = {"code": ("name_en_ca",)}


class AttributeOptionInline(TranslationTabularInline, oscar_admin.AttributeOptionInline):
    pass


class AttributeOptionGroupAdmin(oscar_admin.AttributeOptionGroupAdmin):
    inlines = [AttributeOptionInline]


for model, model_admin in [
    (oscar_admin.Product, ProductAdmin),
    (oscar_admin.Category, CategoryAdmin),
    (oscar_admin.ProductClass, ProductClassAdmin),
    (oscar_admin.ProductAttribute, ProductAttributeAdmin),
    (oscar_admin.AttributeOptionGroup, AttributeOptionGroupAdmin),
]:
    admin.site.unregister(model)
    admin.site.register(model, model_admin)
