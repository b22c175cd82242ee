"""Head tags for search engines and link previews, one tag a kind of page, all rendered by
templates/bodybest/partials/seo_head.html from the rules in bodybest/seo.py and
catalog/structured_data.py:

    {% block seo %}{% seo_product product %}{% endblock %}

and ``{% page_description %}``, the meta description of pages that describe no object.
"""
from django import template
from django.conf import settings
from django.urls import reverse
from oscar.templatetags.purchase_info_tags import purchase_info_for_product

from blog.seo import article_data
from bodybest import seo
from bodybest.business import BUSINESS
from catalog import structured_data

register = template.Library()

HEAD = "bodybest/partials/seo_head.html"


def _head(context, *, canonical, og_type, title, description, image="", json_ld=(), robots="",
          properties=(), about=None, query=""):
    """The head's tags; ``about`` is the object the page is about, whose address in each
    language the ``hreflang`` links name (``query``: what the canonical keeps of the URL)."""
    nonce = getattr(context.get("request"), "csp_nonce", None)
    nonce = str(nonce) if nonce is not None else ""  # django-csp's lazy nonce is falsy until read
    return {
        "canonical": canonical,
        "og_type": og_type,
        "title": title,
        "description": description,
        "image": image or seo.static_url(seo.SHARE_IMAGE),
        "site_name": BUSINESS.name,
        "json_ld": [seo.json_ld_script(data, nonce) for data in json_ld if data],
        "robots": robots,
        "properties": properties,
        "alternates": seo.alternates(context["request"], about, query) if not robots else [],
        "og_locale": seo.og_locale(),
    }


def _url_name(context):
    match = getattr(context.get("request"), "resolver_match", None)
    return match.view_name if match else ""


@register.simple_tag(takes_context=True)
def page_description(context):
    request = context.get("request")
    return seo.page_description(_url_name(context), getattr(request, "path", ""), context.get("flatpage"))


@register.simple_tag
def product_description(product):
    return seo.product_description(product)


@register.simple_tag
def category_description(category):
    return seo.category_description(category)


@register.simple_tag
def absolute_url(path):
    return seo.absolute_url(path)


@register.simple_tag(takes_context=True)
def listing_canonical(context):
    return seo.listing_canonical(context["request"])


@register.filter
def breadcrumb_categories(product_or_category):
    """The categories a page's visible breadcrumbs list, shared with its BreadcrumbList."""
    category = product_or_category
    if hasattr(product_or_category, "get_categories"):
        category = structured_data.product_category(product_or_category)
    return structured_data.category_trail(category)


@register.inclusion_tag(HEAD, takes_context=True)
def seo_default(context):
    """Pages that fill no ``seo`` block: their ``hreflang`` links (a view's page or a store
    page, not an error page), or noindex for search results."""
    if _url_name(context) in seo.NOINDEX_URL_NAMES:
        return {"robots": "noindex, follow"}
    request = context.get("request")
    if request is None or (_url_name(context) == "" and context.get("flatpage") is None):
        return {}
    return {"alternates": seo.alternates(request)}


@register.inclusion_tag(HEAD, takes_context=True)
def seo_home(context):
    return _head(
        context,
        canonical=seo.absolute_url(reverse("store-home")),
        og_type="website",
        title=f"{BUSINESS.name} | {settings.OSCAR_SHOP_TAGLINE}",
        description=seo.page_description("store-home"),
        json_ld=[seo.organization_data()],
    )


@register.inclusion_tag(HEAD, takes_context=True)
def seo_catalogue(context, title):
    return _head(
        context,
        canonical=seo.listing_canonical(context["request"]),
        query=seo.listing_query(context["request"]),
        og_type="website",
        title=f"{title} | {BUSINESS.name}",
        description=seo.page_description("catalogue:index"),
    )


@register.inclusion_tag(HEAD, takes_context=True)
def seo_category(context, category):
    image = seo.absolute_url(category.image.url) if category.image else ""
    return _head(
        context,
        canonical=seo.listing_canonical(context["request"]),
        about=category,
        query=seo.listing_query(context["request"]),
        og_type="website",
        title=f"{category.get_meta_title()} | {BUSINESS.name}",
        description=seo.category_description(category),
        image=image,
        json_ld=[structured_data.breadcrumb_list(structured_data.category_crumbs(category))],
    )


@register.inclusion_tag(HEAD, takes_context=True)
def seo_product(context, product):
    """Parents (products sold in variants) carry no Product: each variant has its own page."""
    product_json = None
    properties = ()
    if not product.is_parent:
        info = purchase_info_for_product(context["request"], product)
        product_json = structured_data.product_data(
            product, info, structured_data.approved_reviews(product)
        )
        offer = (product_json or {}).get("offers")
        if offer:
            properties = (
                ("product:price:amount", offer["price"]),
                ("product:price:currency", offer["priceCurrency"]),
            )
    images = structured_data.product_image_urls(product)
    return _head(
        context,
        canonical=seo.absolute_url(product.get_absolute_url()),
        about=product,
        og_type="product",
        title=product.get_meta_title(),
        description=seo.product_description(product),
        image=images[0] if images else "",
        json_ld=[product_json, structured_data.breadcrumb_list(structured_data.product_crumbs(product))],
        properties=properties,
    )


@register.inclusion_tag(HEAD, takes_context=True)
def seo_article(context, article, image_url=None):
    canonical = seo.absolute_url(article.get_absolute_url())
    crumbs = [
        structured_data.home_crumb(),
        ("Blog", seo.absolute_url(reverse("blog:index"))),
        (article.title, canonical),
    ]
    return _head(
        context,
        canonical=canonical,
        about=article,
        og_type="article",
        title=article.meta_title,
        description=article.meta_description,
        image=seo.absolute_url(image_url) if image_url else "",
        json_ld=[article_data(article, image_url), structured_data.breadcrumb_list(crumbs)],
        robots="noindex" if context.get("is_preview") else "",
        properties=(("article:published_time", article.publish_at.isoformat()),),
    )
