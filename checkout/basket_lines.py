"""A basket's lines loaded with everything the basket page, the mini-basket and the checkout
show of them, in a fixed number of queries however many lines there are.

Oscar's ``Basket.all_lines()`` joins each line's product and stock record but not what the
strategy and templates then read line by line: the product's class (stock tracking), its parent
(a variant's title and class), its stock records (``UseFirstStockRecord`` picks one from
``product.stockrecords.all()``, the checkout asks again without the line's) and a variant's
parent's images. Each of those was a query per line, on every page showing the mini-basket.
"""

LINE_RELATIONS = (
    "product__product_class",
    "product__parent__product_class",
    "stockrecord",
)
LINE_PREFETCHES = (
    "attributes",
    "product__images",
    "product__stockrecords",
    "product__parent__images",
)


def prefetched_lines(basket):
    """The basket's lines in Oscar's order (by id), with their products' class, parent,
    images and stock records; an empty queryset for a basket not yet saved."""
    if basket.id is None:
        return basket.lines.model.objects.none()
    return (
        basket.lines.select_related(*LINE_RELATIONS)
        .prefetch_related(*LINE_PREFETCHES)
        .order_by(basket._meta.pk.name)
    )


def prefetch_lines(basket):
    """Make ``basket.all_lines()`` answer from :func:`prefetched_lines`.

    The basket app is not forked, so rather than overriding ``Basket.all_lines`` this fills
    the cache it reads. Oscar empties that cache when the basket changes
    (``reset_offer_applications``, ``flush``, ``merge``); lines loaded after that are Oscar's
    own, query per line, which only the request making the change pays.
    """
    if basket._lines is None:
        basket._lines = prefetched_lines(basket)
    return basket._lines
