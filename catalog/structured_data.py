"""schema.org data for catalogue pages: a product's Product (its Offer, and its rating and
reviews once approved reviews exist) and the BreadcrumbList of product and category pages.

Plain functions over what the page has already loaded (the product's prefetched images,
specifications and categories, the purchase info the page prices it with), so the JSON-LD
costs the product page no query; a product with approved reviews costs one, for the reviews
it shows. Every URL is absolute on the configured site (bodybest/seo.py).

Money: the Offer's price is the price the page shows, before tax, in CAD, rounded half-up to
the cent and written as a string with two decimals ("349.00").
"""
from decimal import ROUND_HALF_UP, Decimal

from bodybest import seo

IN_STOCK = "https://schema.org/InStock"
OUT_OF_STOCK = "https://schema.org/OutOfStock"
NEW_CONDITION = "https://schema.org/NewCondition"
BRAND_ATTRIBUTE = "brand"
REVIEWS_SHOWN = 3  # as many as the product page lists
BEST_SCORE, WORST_SCORE = 5, 0  # Oscar's review scores run from 0 to 5
DESCRIPTION_LIMIT = 5000  # characters; Google's product feeds take no more


def money(amount):
    """A Decimal amount as schema.org wants a price: "1249.50"."""
    return str(Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def category_trail(category):
    """The category's ancestors and the category itself, top first: one query the first time,
    kept on the instance, so the page's breadcrumbs and the JSON-LD share it."""
    if category is None:
        return []
    if not hasattr(category, "_bodybest_trail"):
        category._bodybest_trail = list(category.get_ancestors_and_self())
    return category._bodybest_trail


def product_category(product):
    """The category a product's breadcrumbs go through: its first browsable one, prefetched
    by the product view (catalog/views.py)."""
    categories = product.get_categories()
    return categories[0] if categories else None


def home_crumb():
    return ("Home", f"{seo.site_root()}/")


def _category_crumbs(category):
    return [(c.name, seo.absolute_url(c.get_absolute_url())) for c in category_trail(category)]


def category_crumbs(category):
    return [home_crumb(), *_category_crumbs(category)]


def product_crumbs(product):
    return [
        home_crumb(),
        *_category_crumbs(product_category(product)),
        (product.get_title(), seo.absolute_url(product.get_absolute_url())),
    ]


def breadcrumb_list(crumbs):
    """BreadcrumbList from ``(name, absolute URL)`` pairs, top first."""
    return {
        "@context": seo.SCHEMA_CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def product_brand(product):
    """The value of the product's Brand specification (prefetched), or "" when it has none."""
    for value in product.get_attribute_values():
        if value.attribute.code == BRAND_ATTRIBUTE and value.value:
            return str(value.value)
    return ""


def product_image_urls(product):
    """Absolute URLs of the product's pictures, the primary one first; none when it has none
    (Oscar's "image not found" placeholder is not a picture of the product)."""
    return [seo.absolute_url(image.original.url) for image in product.get_all_images() if image.original]


def approved_reviews(product):
    """The reviews the product page lists (Oscar's order: most helpful first), or none without
    a query when the product has no approved review (Oscar keeps ``rating`` None then)."""
    if product.rating is None:
        return []
    return list(product.reviews.approved().select_related("user")[:REVIEWS_SHOWN])


def offer_data(product, purchase_info, url):
    """The Offer for a product the page prices, or None when it has no price."""
    price = purchase_info.price
    if not price.exists or price.excl_tax is None:
        return None
    available = purchase_info.availability.is_available_to_buy
    return {
        "@type": "Offer",
        "url": url,
        "price": money(price.excl_tax),
        "priceCurrency": price.currency,
        "availability": IN_STOCK if available else OUT_OF_STOCK,
        "itemCondition": NEW_CONDITION,
        "seller": seo.organization_ref(),
    }


def review_data(review):
    return {
        "@type": "Review",
        "name": review.title,
        "reviewBody": seo.plain_text(review.body),
        "datePublished": review.date_created.date().isoformat(),
        "author": {"@type": "Person", "name": str(review.reviewer_name)},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": review.score,
            "bestRating": BEST_SCORE,
            "worstRating": WORST_SCORE,
        },
    }


def product_data(product, purchase_info, reviews=()):
    """schema.org Product for the product page, or None when there is nothing Google could
    show: neither a price nor an approved review."""
    url = seo.absolute_url(product.get_absolute_url())
    offer = offer_data(product, purchase_info, url)
    if offer is None and not reviews:
        return None
    data = {
        "@context": seo.SCHEMA_CONTEXT,
        "@type": "Product",
        "@id": f"{url}#product",
        "name": product.get_title(),
        "url": url,
    }
    images = product_image_urls(product)
    if images:
        data["image"] = images
    description = seo.plain_text(product.description)[:DESCRIPTION_LIMIT]
    if description:
        data["description"] = description
    # The item number the page shows; the demo's stock records carry the same as partner SKU.
    sku = product.upc or getattr(purchase_info.stockrecord, "partner_sku", "")
    if sku:
        data["sku"] = sku
    brand = product_brand(product)
    if brand:
        data["brand"] = {"@type": "Brand", "name": brand}
    if offer is not None:
        data["offers"] = offer
    if reviews:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": round(product.rating, 1),
            "reviewCount": product.num_approved_reviews,
            "bestRating": BEST_SCORE,
            "worstRating": WORST_SCORE,
        }
        data["review"] = [review_data(review) for review in reviews]
    return data
