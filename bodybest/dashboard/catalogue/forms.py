"""Oscar's product and category forms with each translated field in English and French, one
after the other (catalog/translation.py). Oscar's templates list a form's fields in order, so the
French fields show without a template change; the SEO tab gets both languages' slug, title and
description. An empty French field is allowed: French pages then show the English text."""
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import forms as oscar_forms
from oscar.apps.dashboard.catalogue.forms import *  # noqa: F401,F403

from bodybest.content_languages import ENGLISH, FRENCH, localized

FRENCH_HELP = _("Optional. Left empty, French pages show the English text.")


def both_languages(fields, translated):
    """Oscar's field list with each translated field replaced by its English and French pair."""
    out = []
    for name in fields:
        out.extend([localized(name, ENGLISH), localized(name, FRENCH)] if name in translated else [name])
    return out


class BothLanguagesSEOMixin(oscar_forms.SEOFormMixin):
    seo_fields = both_languages(["meta_title", "meta_description", "slug"], {"meta_title", "meta_description", "slug"})

    def label_languages(self, required_english):
        for name, field in self.fields.items():
            if name.endswith("_fr_ca"):
                field.required = False
                field.help_text = FRENCH_HELP
            if name.startswith("slug_"):
                field.help_text = _("Leave blank to generate from the name in this language")
        for name in required_english:
            if name in self.fields:
                self.fields[name].required = True


PRODUCT_TRANSLATED = {"title", "description", "slug", "meta_title", "meta_description"}
CATEGORY_TRANSLATED = {"name", "description", "slug", "meta_title", "meta_description"}


class ProductForm(BothLanguagesSEOMixin, oscar_forms.ProductForm):
    class Meta(oscar_forms.ProductForm.Meta):
        fields = both_languages(oscar_forms.ProductForm.Meta.fields, PRODUCT_TRANSLATED)
        widgets = {
            "meta_description_en_ca": oscar_forms.forms.Textarea(attrs={"class": "no-widget-init"}),
            "meta_description_fr_ca": oscar_forms.forms.Textarea(attrs={"class": "no-widget-init"}),
            "structure": oscar_forms.forms.HiddenInput(),
        }

    def __init__(self, product_class, *args, data=None, parent=None, **kwargs):
        super().__init__(product_class, *args, data=data, parent=parent, **kwargs)
        if "title_en_ca" in self.fields:
            self.fields["title_en_ca"].widget.attrs["autocomplete"] = "off"
        # A child product may leave its title empty and take its parent's (Oscar's rule).
        self.label_languages(required_english=[] if parent or self.instance.is_child else ["title_en_ca"])

    def delete_non_child_fields(self):
        for name in both_languages(["description"], {"description"}) + ["is_discountable"]:
            self.fields.pop(name, None)


BaseCategoryForm = oscar_forms.movenodeform_factory(
    oscar_forms.Category,
    fields=both_languages(
        ["name", "slug", "description", "image", "is_public", "exclude_from_menu", "meta_title", "meta_description"],
        CATEGORY_TRANSLATED),
    exclude=["ancestors_are_public"],
    widgets={
        "meta_description_en_ca": oscar_forms.forms.Textarea(attrs={"class": "no-widget-init"}),
        "meta_description_fr_ca": oscar_forms.forms.Textarea(attrs={"class": "no-widget-init"}),
    },
)


class CategoryForm(BothLanguagesSEOMixin, BaseCategoryForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_languages(required_english=["name_en_ca"])
