"""``{{ product.description|staff_html }}``: staff-written HTML through the one sanitizer
(bodybest/staff_html.py), in place of ``|safe``."""
import copy

from django import template

from bodybest.staff_html import clean_staff_html

register = template.Library()
register.filter("staff_html", clean_staff_html, is_safe=True)


@register.filter
def staff_html_fields(obj, names):
    """A copy of ``obj`` whose named attributes (space-separated) are sanitized, for Oscar
    templates that print them with ``|safe`` inside a block we would otherwise have to copy."""
    cleaned = copy.copy(obj)
    for name in names.split():
        setattr(cleaned, name, clean_staff_html(getattr(obj, name, "")))
    return cleaned
