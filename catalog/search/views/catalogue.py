from urllib.parse import unquote

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from .listing import ListingView

Category = get_model("catalogue", "Category")


class CatalogueView(ListingView):
    """Every product, with the filters and sorting of a category page."""

    template_name = "oscar/catalogue/browse.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = _("All products")
        return context


class ProductCategoryView(ListingView):
    """One category's products and its subcategories'. A hidden category, or one under a
    hidden parent, is a 404 but to staff (who check its layout); an old slug redirects to the
    current one with the filters kept."""

    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        browsable = self.category.is_public and self.category.ancestors_are_public
        if not (browsable or request.user.is_staff):
            raise Http404()
        expected = self.category.get_absolute_url()
        if unquote(expected) != unquote(request.path):
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{expected}?{query}" if query else expected)
        return super().get(request, *args, **kwargs)

    def listing_category(self):
        return self.category

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["summary"] = self.category.name
        return context
