"""/sitemap.xml: the store's fixed pages, products, categories, articles and store pages.

Every URL is on the configured site (django.contrib.sites) with ``OSCAR_URL_SCHEMA``, like
canonical links (bodybest/seo.py): Django takes the host from the Site already, and the
scheme here comes from the settings rather than from how this request happened to arrive.

Every page is listed in each language, with its ``hreflang`` alternates and ``x-default`` (the
English page), as the head's links name them: Django's own i18n sitemaps, each location taken
with the language active (a product's French slug, a store page's ``/fr/`` prefix).
"""
from django.conf import settings
from django.contrib.flatpages.sitemaps import FlatPageSitemap
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from oscar.core.loading import get_model

from blog.sitemaps import ArticleSitemap
from bodybest.language import store_page


class SiteSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return settings.OSCAR_URL_SCHEMA


class StoreSitemap(SiteSitemap):
    """The pages no model row stands for."""

    changefreq = "daily"
    priority = 0.9
    url_names = ["store-home", "catalogue:index", "blog:index", "price_match:policy"]

    def items(self):
        return self.url_names

    def location(self, url_name):
        return reverse(url_name)


class ProductSitemap(SiteSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        Product = get_model("catalogue", "Product")
        return Product.objects.browsable().only("pk", "slug", "date_updated").order_by("pk")

    def lastmod(self, product):
        return product.date_updated


class CategorySitemap(SiteSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        Category = get_model("catalogue", "Category")
        return Category.objects.browsable().order_by("path")


class SiteArticleSitemap(SiteSitemap, ArticleSitemap):
    pass


class SiteFlatPageSitemap(SiteSitemap, FlatPageSitemap):
    def location(self, page):
        """A store page is kept under one URL; its French page is that URL under /fr/."""
        return store_page(page.url)


sitemaps = {
    "store": StoreSitemap,
    "articles": SiteArticleSitemap,
    "products": ProductSitemap,
    "categories": CategorySitemap,
    "pages": SiteFlatPageSitemap,
}
