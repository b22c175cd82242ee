"""The small shop the language tests read: a category, a product, an article and a store page."""
from decimal import Decimal

import pytest
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site

from tests import factories


@pytest.fixture
def shop(search_index):
    stones = factories.category("Hot & cold stones")
    product = factories.product(title="Basalt Stone Set", in_category=stones, price=Decimal("1249.50"))
    article = factories.article(title="Caring for stones")
    FlatPage.objects.get_or_create(
        url="/returns/", defaults={"title": "Returns", "content": "<p>Send it back within 30 days.</p>"}
    )[0].sites.add(Site.objects.get_current())
    search_index()
    return {"category": stones, "product": product, "article": article}
