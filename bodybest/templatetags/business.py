"""`{% business as b %}`: who the store is (bodybest/business.py) in templates rendered without
a request, such as mail and error pages; pages with one have `business` from the context
processor already."""
from django import template

from bodybest.business import BUSINESS

register = template.Library()


@register.simple_tag
def business():
    return BUSINESS
