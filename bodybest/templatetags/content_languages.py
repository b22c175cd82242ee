"""A note for staff on a French page whose product, category, article or store page has empty
French fields: which ones, and a link to fill them in the admin, where both languages sit side
by side. Shoppers never see it (they get the English text, bodybest/content_languages.py); the
pages that carry it are rendered for staff, never served to them from the page cache."""
from types import SimpleNamespace

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from modeltranslation.translator import translator

from bodybest.content_languages import ENGLISH, FRENCH, localized, stored_value

register = template.Library()


def french_gaps(obj, fields=None):
    """The verbose names of `obj`'s translated fields (or of `fields`) with no French value
    where the English has one."""
    model = type(obj)
    names = [n for n in fields or translator.get_options_for_model(model).fields if n not in ("slug", "body_html")]
    stored = obj
    if model._meta.label_lower == "flatpages.flatpage":
        # Django's flat page view assigns the page's title and content back to it (marked safe),
        # which writes the English fallback into the French fields of the object it renders:
        # read what is stored instead (one query, for staff only).
        columns = [localized(n, language) for n in names for language in (ENGLISH, FRENCH)]
        stored = SimpleNamespace(**model._base_manager.filter(pk=obj.pk).values(*columns).get())
    return [str(model._meta.get_field(name).verbose_name) for name in names
            if stored_value(stored, name, ENGLISH) and not stored_value(stored, name, FRENCH)]


@register.inclusion_tag("bodybest/partials/french_gaps_note.html", takes_context=True)
def french_gaps_note(context, obj, fields=""):
    """`{% french_gaps_note product "title description" %}`: nothing unless the page is French,
    the visitor is staff and a French field is empty."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if obj is None or get_language() != FRENCH or not (user and user.is_staff):
        return {"gaps": []}
    gaps = french_gaps(obj, fields.split() or None)
    try:
        edit_url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        edit_url = ""
    return {"gaps": gaps, "edit_url": edit_url}
