"""Structured data for articles (schema.org Article as JSON-LD), escaped for a <script> block."""
import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def article_json_ld(article, request, image_url=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title,
        "description": article.meta_description,
        "datePublished": article.publish_at.isoformat(),
        "dateModified": article.updated.isoformat(),
        "author": {"@type": "Person", "name": article.author.name, "jobTitle": article.author.role},
        "publisher": {"@type": "Organization", "name": "Body Best Therapeutic Supplies Inc."},
        "mainEntityOfPage": request.build_absolute_uri(article.get_absolute_url()),
    }
    if image_url:
        data["image"] = request.build_absolute_uri(image_url)
    payload = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
