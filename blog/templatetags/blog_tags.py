from django import template

from blog.seo import article_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, article, image_url=None):
    return article_json_ld(article, context["request"], image_url)
