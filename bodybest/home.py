from django.views.generic import TemplateView
from oscar.core.loading import get_model

from blog.models import Article
from catalog.listing import card_queryset

HOME_PRODUCT_COUNT = 8
HOME_ARTICLE_COUNT = 3


class HomeView(TemplateView):
    """The shop front: promises, the top-level categories, products in stock, the latest articles."""

    template_name = "bodybest/home.html"

    def get_context_data(self, **kwargs):
        Category = get_model("catalogue", "Category")
        context = super().get_context_data(**kwargs)
        context["top_categories"] = list(Category.objects.browsable().filter(depth=1).order_by("path"))
        context["featured_products"] = list(
            card_queryset()
            .filter(stockrecords__num_in_stock__gt=0)
            .distinct()
            .order_by("-date_created", "-pk")[:HOME_PRODUCT_COUNT]
        )
        context["latest_articles"] = list(Article.objects.published().for_cards()[:HOME_ARTICLE_COUNT])
        return context
