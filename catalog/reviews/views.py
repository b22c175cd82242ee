"""Oscar's review views (found by Oscar's class loader under the catalogue fork), showing and
taking votes on approved reviews only: with OSCAR_MODERATE_REVIEWS a review waits for staff,
and until then its URL answers 404 rather than showing or counting votes on it."""
from django.http import Http404
from oscar.apps.catalogue.reviews import views
from oscar.core.loading import get_model

ProductReview = get_model("reviews", "ProductReview")


def _approved_reviews(product_pk):
    return ProductReview.objects.approved().filter(product_id=product_pk, product__is_public=True)


class ProductReviewDetail(views.ProductReviewDetail):
    def get_queryset(self):
        return _approved_reviews(self.kwargs["product_pk"])


class AddVoteView(views.AddVoteView):
    def post(self, request, *args, **kwargs):
        if not _approved_reviews(self.kwargs["product_pk"]).filter(pk=self.kwargs["pk"]).exists():
            raise Http404("No such review.")
        return super().post(request, *args, **kwargs)
