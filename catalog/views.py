from oscar.apps.catalogue import views
from oscar.core.loading import get_class

from catalog import variant_choice


class ProductDetailView(views.ProductDetailView):
    """Oscar's product page, loaded in a fixed number of queries.

    Oscar fetches each specification's attribute and each stock and image lookup one query
    at a time; here they arrive prefetched. (Recently viewed products are reloaded the same
    way by templates/oscar/customer/history/recently_viewed_products.html.) A parent's variants
    come with their stock records and specifications, for its price and chooser. A course comes
    with its lessons and recognising associations.
    """

    def get_queryset(self):
        # All products, not only browsable ones: staff preview unpublished ones (is_viewable).
        return (
            views.Product.objects.base_queryset()
            # Oscar's prefetches, but for all variants: the public ones come below.
            .prefetch_related(None)
            .prefetch_related("product_options", "product_class__options", "stockrecords", "images")
            # A course's facts (catalog/courses/): no query at all for a product that is not one.
            .select_related("course")
            .prefetch_related("course__lessons", "course__recognised_by")
            .prefetch_attribute_values()
            .prefetch_browsable_categories()
            .prefetch_public_children(queryset=variant_choice.children_queryset())
        )

CatalogueView = get_class("search.views", "CatalogueView")
ProductCategoryView = get_class("search.views", "ProductCategoryView")
