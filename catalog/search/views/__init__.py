from .catalogue import CatalogueView, ProductCategoryView  # noqa: F401
from .search import FacetedSearchView  # noqa: F401
