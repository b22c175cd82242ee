from django import template

from blog.newsletter import consent

register = template.Library()


@register.simple_tag
def consent_text():
    return consent.text()
