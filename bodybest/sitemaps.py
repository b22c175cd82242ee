"""/sitemap.xml: the store's fixed pages, products, categories, articles and store pages.

Every URL is on the configured site (django.contrib.sites) with ``OSCAR_URL_SCHEMA``, like
canonical links (bodybest/seo.py): Django takes the host from the Site already, and the
scheme here comes from the settings rather than from how this request happened to arrive.
"""
from django.conf import settings
from django.contrib.flatpages.sitemaps import FlatPageSitemap
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from oscar.core.loading import get_model

from blog.sitemaps import ArticleSitemap


class SiteSitemap(Sitemap):
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
    pass


sitemaps = {
    "store": StoreSitemap,
    "articles": SiteArticleSitemap,
    "products": ProductSitemap,
    "categories": CategorySitemap,
    "pages": SiteFlatPageSitemap,
}
