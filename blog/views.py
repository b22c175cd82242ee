"""Blog pages. Every list and article page takes a fixed number of queries, whatever the
number of articles, tags and products (tests/blog/test_views.py holds the budgets)."""
from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView

from blog.models import Article, Category, Tag
from catalog.listing import card_queryset


class ArticleListView(ListView):
    template_name = "blog/article_list.html"
    context_object_name = "articles"
    paginate_by = settings.BLOG_ARTICLES_PER_PAGE
    heading = gettext_lazy("The Body Best blog")
    topic = None

    def get_queryset(self):
        return Article.objects.published().for_cards()

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["heading"] = self.heading
        ctx["topic"] = self.topic
        ctx["blog_categories"] = Category.objects.all()
        return ctx


class CategoryView(ArticleListView):
    def get_queryset(self):
        self.topic = get_object_or_404(Category, slug=self.kwargs["slug"])
        self.heading = self.topic.name
        return self.topic.articles.published().for_cards()


class TagView(ArticleListView):
    def get_queryset(self):
        self.topic = get_object_or_404(Tag, slug=self.kwargs["slug"])
        self.heading = _("Articles tagged “%(tag)s”") % {"tag": self.topic.name}
        return self.topic.articles.published().for_cards()


class ArticleView(DetailView):
    template_name = "blog/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        queryset = Article.objects.select_related("author").prefetch_related(
            "categories", "tags",
            Prefetch("products", queryset=card_queryset(), to_attr="shop_products"),
        )
        return queryset

    def get(self, request, *args, **kwargs):
        """An article's other-language slug (or its English one on a French page without a French
        slug) redirects permanently to the address of this language."""
        self.object = self.get_object()
        if self.object.slug != kwargs["slug"]:
            return HttpResponsePermanentRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        found = list((self.get_queryset() if queryset is None else queryset).filter(Q(slug_en_ca=slug) | Q(slug_fr_ca=slug))[:2])
        if not found:
            raise Http404("No such article")
        article = next((a for a in found if a.slug == slug), found[0])
        if not article.is_live() and not self.request.user.is_staff:
            raise Http404("No such article")  # drafts and scheduled articles: staff preview only
        return article

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        article = self.object
        ctx["previous_article"] = article.previous_article()
        ctx["next_article"] = article.next_article()
        ctx["related_articles"] = related_articles(article)
        ctx["is_preview"] = not article.is_live()
        return ctx


def related_articles(article, limit=3):
    """Published articles sharing a category or a tag, newest first, in one query."""
    category_ids = [c.pk for c in article.categories.all()]
    tag_ids = [t.pk for t in article.tags.all()]
    return list(
        Article.objects.published().for_cards()
        .filter(Q(categories__in=category_ids) | Q(tags__in=tag_ids))
        .exclude(pk=article.pk).distinct()[:limit]
    )
