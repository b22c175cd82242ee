"""The language switcher and the page's language in the head (bodybest/language.py).

    <html lang="{% html_lang %}">
    {% language_switcher %}          the header's form: this page in the other language
    {% store_page "/returns/" %}     a store page's address in the page's language
"""
from django import template
from django.conf import settings
from django.utils.translation import get_language

from bodybest import language

register = template.Library()


@register.simple_tag
def html_lang():
    return language.bcp47(get_language() or settings.LANGUAGE_CODE)


@register.simple_tag
def store_page(url):
    """A store page (a flat page, kept under its one URL) in the page's language."""
    return language.store_page(url)


@register.inclusion_tag("bodybest/partials/language_switcher.html", takes_context=True)
def language_switcher(context):
    """A form for each other language: Django's set_language remembers the choice in its cookie
    and sends the shopper to ``next``, this page's address in that language."""
    request = context.get("request")
    current = get_language() or settings.LANGUAGE_CODE
    choices = [
        {"code": code, "lang": language.bcp47(code), "name": name, "next": language.page_in(request, code)}
        for code, name in settings.LANGUAGES
        if code != current and request is not None
    ]
    return {"choices": choices, "csrf_token": context.get("csrf_token")}
