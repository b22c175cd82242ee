from django.http import Http404
from oscar.apps.search.views import catalogue

from ..results import FastResultsMixin


class CatalogueView(FastResultsMixin, catalogue.CatalogueView):
    pass


class ProductCategoryView(FastResultsMixin, catalogue.ProductCategoryView):
    def get(self, request, *args, **kwargs):
        self.category = self.get_category()
        if not self.is_viewable(self.category, request):
            raise Http404()
        redirect = self.redirect_if_necessary(request.path, self.category)
        if redirect is not None:
            return redirect
        return super().get(request, *args, **kwargs)
