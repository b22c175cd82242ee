from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from blog.models import Article


class LatestArticlesFeed(Feed):
    title = "Body Best blog"
    link = "/blog/"
    description = "New articles on massage therapy, equipment and care, from Body Best."

    def items(self):
        return Article.objects.published().for_cards()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.excerpt

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated

    def item_author_name(self, item):
        return item.author.name


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description
