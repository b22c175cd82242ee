"""The requests of the memory benchmark (tests/bench/memory.py): a shuffled list of paths over
many different objects, so each worker's caches and memos meet as much of the store as a day of
visitors would.

`python -m tests.bench.memory_mix` (with the store's environment) prints, as one JSON line, what
the list is drawn from: product pages, categories with their page counts, brands, words of the
product titles, articles, comparable triples and a signed-in customer's session cookie. ``mix()``
turns that into "<visitor> <path>" lines, the visitor being ``anon``, ``signed-in`` (the
session) or ``basket`` (an anonymous visitor with a basket of 3 lines).
"""
import json
import math
import random
import re
from urllib.parse import quote, urlencode

PRODUCTS = 600  # distinct product pages
WORDS = 400  # distinct title words searched
# Of each 100 requests: (share, kind). Anonymous pages mostly come from the shared page cache
# (rendered again each minute); searches, suggestions, signed-in and basket pages never do.
SHARES = [
    (28, "product"), (4, "home"), (10, "category"), (4, "catalogue"), (12, "search"),
    (10, "suggest"), (5, "article"), (2, "blog"), (2, "compare"), (7, "signed-in product"),
    (3, "signed-in home"), (2, "signed-in search"), (4, "basket"), (4, "basket product"),
    (3, "basket category"),
]
SORTS = ("best-selling", "price-asc", "price-desc", "newest")


def catalogue():
    """What the mix is drawn from, read from the store's database (Django set up)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib import auth
    from django.http import QueryDict
    from oscar.core.loading import get_model

    from blog.models import Article
    from catalog.comparison import share_query
    from catalog.search import browse
    from catalog.search.engine import PRICE_BANDS

    Product = get_model("catalogue", "Product")
    Category = get_model("catalogue", "Category")
    browsable = Product.objects.browsable()
    ids = list(browsable.values_list("pk", flat=True))
    chosen = random.Random(16).sample(ids, min(PRODUCTS, len(ids)))
    products = [p.get_absolute_url() for p in browsable.filter(pk__in=chosen).order_by("pk")]
    titles = browsable.values_list("title", flat=True)
    words = sorted({w for t in titles for w in re.findall(r"[a-z]{4,}", t.lower())})
    per_page = settings.OSCAR_PRODUCTS_PER_PAGE
    categories = []
    for category in Category.objects.browsable().order_by("path"):
        total = browse.listing(QueryDict(), category=category).total
        if total:
            categories.append((category.get_absolute_url(), math.ceil(total / per_page)))
    catalogue_pages = math.ceil(browse.listing(QueryDict()).total / per_page)
    brands = sorted({b for b in Product.objects.browsable().values_list("search_document__brand", flat=True) if b})
    triples = []
    standalone = browsable.filter(structure="standalone", stockrecords__num_in_stock__gt=0).distinct()
    for class_id in standalone.values_list("product_class", flat=True).distinct().order_by("product_class"):
        slugs = list(standalone.filter(product_class=class_id).order_by("pk").values_list("slug", flat=True)[:9])
        triples += [share_query(slugs[i:i + 3]) for i in range(0, len(slugs) - 2, 3)]
    basket = list(standalone.filter(upc__startswith="BB-MG").order_by("upc").values_list("pk", flat=True)[:3])
    user, _ = auth.get_user_model().objects.get_or_create(
        username="bench-memory-customer", defaults={"email": "bench-memory-customer@example.com"})
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[auth.SESSION_KEY] = str(user.pk)
    session[auth.BACKEND_SESSION_KEY] = "bodybest.auth_backends.EmailBackend"
    session[auth.HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return {
        "products": products,
        "categories": categories,
        "catalogue_pages": catalogue_pages,
        "brands": brands,
        "bands": [key for key, _low, _high in PRICE_BANDS],
        "words": random.Random(16).sample(words, min(WORDS, len(words))),
        "articles": [a.get_absolute_url() for a in Article.objects.published().order_by("pk")],
        "triples": triples,
        "basket_ids": basket,
        "session": f"{settings.SESSION_COOKIE_NAME}={session.session_key}",
    }


def mix(found, count, seed=16):
    """``count`` "<visitor> <path>" lines drawn from ``found`` (what ``catalogue()`` returned),
    each kind of page in its share of SHARES, shuffled."""
    draw = random.Random(seed)
    kinds = [kind for share, kind in SHARES for _ in range(share)]
    makers = _makers(found, draw)
    return [makers[draw.choice(kinds)]() for _ in range(count)]


def _makers(found, draw):
    products, words = found["products"], found["words"]

    def listing_query(pages, searching=False):
        params = {}
        roll = draw.random()
        if roll < 0.3:
            params["page"] = draw.randint(1, min(pages, 10))
        elif roll < 0.5:
            params["sort"] = draw.choice(SORTS)
        elif roll < 0.7:
            params["brand"] = draw.choice(found["brands"])
        elif roll < 0.85:
            params["price"] = draw.choice(found["bands"])
        elif not searching:
            params["in_stock"] = 1
        return f"?{urlencode(params)}" if params else ""

    def category():
        url, pages = draw.choice(found["categories"])
        return url + listing_query(pages)

    def search():
        terms = draw.sample(words, draw.choice((1, 1, 1, 2)))
        if draw.random() < 0.1:  # a typo, for the spelling correction
            word = terms[0]
            cut = draw.randrange(1, len(word))
            terms[0] = word[:cut] + word[cut + 1:]
        query = listing_query(1, searching=True).lstrip("?")
        return f"/search/?q={quote(' '.join(terms))}" + (f"&{query}" if query else "")

    def suggest():
        word = draw.choice(words)
        return f"/search/suggest/?q={quote(word[:draw.randint(3, len(word))])}"

    return {
        "product": lambda: f"anon {draw.choice(products)}",
        "home": lambda: "anon /",
        "category": lambda: f"anon {category()}",
        "catalogue": lambda: f"anon /catalogue/{listing_query(found['catalogue_pages'])}",
        "search": lambda: f"anon {search()}",
        "suggest": lambda: f"anon {suggest()}",
        "article": lambda: f"anon {draw.choice(found['articles'])}",
        "blog": lambda: "anon /blog/",
        "compare": lambda: f"anon /compare/?products={draw.choice(found['triples'])}",
        "signed-in product": lambda: f"signed-in {draw.choice(products)}",
        "signed-in home": lambda: "signed-in /",
        "signed-in search": lambda: f"signed-in {search()}",
        "basket": lambda: "basket /basket/",
        "basket product": lambda: f"basket {draw.choice(products)}",
        "basket category": lambda: f"basket {category()}",
    }


if __name__ == "__main__":
    import django

    django.setup()
    print(json.dumps(catalogue()))
