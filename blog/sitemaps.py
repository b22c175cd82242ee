from django.contrib.sitemaps import Sitemap

from blog.models import Article


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Article.objects.published().only("slug", "updated")

    def lastmod(self, article):
        return article.updated
