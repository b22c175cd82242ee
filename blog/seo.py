"""Structured data for articles: schema.org Article, written into the page through
bodybest/seo.py's JSON-LD block with the site's other structured data."""
from bodybest import seo


def article_data(article, image_url=None):
    """schema.org Article; every URL absolute on the configured site."""
    data = {
        "@context": seo.SCHEMA_CONTEXT,
        "@type": "Article",
        "headline": article.title,
        "description": article.meta_description,
        "datePublished": article.publish_at.isoformat(),
        "dateModified": article.updated.isoformat(),
        "author": {"@type": "Person", "name": article.author.name, "jobTitle": article.author.role},
        "publisher": seo.organization_ref(),
        "mainEntityOfPage": seo.absolute_url(article.get_absolute_url()),
    }
    if image_url:
        data["image"] = seo.absolute_url(image_url)
    return data
