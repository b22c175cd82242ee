"""A note for staff on a French page whose product, category, article or store page has empty
French fields: which ones, and a link to fill them in the admin, where both languages sit side
by side. Shoppers never see it (they get the English text, bodybest/content_languages.py); the
pages that carry it are rendered for staff, never served to them from the page cache."""
from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from modeltranslation.translator import translator

from bodybest.content_languages import FRENCH, stored_value

register = template.Library()


def french_gaps(obj, fields=None):
    """The verbose names of `obj`'s translated fields (or of `fields`) with no French value
    where the English has one."""
    names = fields or translator.get_options_for_model(type(obj)).fields
    gaps = []
    for name in names:
        if name in ("slug", "body_html"):
            continue
        if stored_value(obj, name, "en-ca") and not stored_value(obj, name, FRENCH):
            gaps.append(str(type(obj)._meta.get_field(name).verbose_name))
    return gaps


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
