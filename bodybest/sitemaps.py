from django.contrib.flatpages.sitemaps import FlatPageSitemap
from django.contrib.sitemaps import Sitemap
from oscar.core.loading import get_model

from blog.sitemaps import ArticleSitemap


class ProductSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        Product = get_model("catalogue", "Product")
        return Product.objects.browsable().only("pk", "slug", "date_updated").order_by("pk")

    def lastmod(self, product):
        return product.date_updated


class CategorySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        Category = get_model("catalogue", "Category")
        return Category.objects.browsable().order_by("path")


sitemaps = {
    "articles": ArticleSitemap,
    "products": ProductSitemap,
    "categories": CategorySitemap,
    "pages": FlatPageSitemap,
}
