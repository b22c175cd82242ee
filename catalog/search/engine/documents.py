"""Building search documents from the catalogue, in bulk: a fixed number of queries per batch
of products, whatever the batch holds.

``rebuild`` starts from scratch (``manage.py build_search_documents``); ``refresh`` brings the
documents of given products up to date after a staff edit (the caller runs it after commit).

Each document is written in English and in French (the catalogue's ``*_fr_ca`` fields, each
falling back to the English one when empty, as the French pages show them)."""
from collections import Counter, defaultdict
from decimal import Decimal

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Sum
from django.utils import translation
from oscar.core.loading import get_model

from catalog.search.models import SearchDocument, SearchDocumentCategory, SearchWord

from . import cached, text, vectors

BATCH = 1000
BODY_CHARS = 600
BRAND_CODE = "brand"
# Attribute types whose values shoppers filter by; rich text, files and dates are not facets.
FACET_TYPES = {"text", "integer", "float", "boolean", "option", "multi_option"}
FACET_VALUE_CHARS = 60


def rebuild(*, progress=None) -> int:
    """Replace every document and the vocabulary; returns how many documents were built."""
    Product = get_model("catalogue", "Product")
    ids = list(Product.objects.browsable().order_by("pk").values_list("pk", flat=True))
    vocabulary = Counter()
    with transaction.atomic():
        _lock()
        SearchDocumentCategory.objects.all().delete()
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            vocabulary.update(_write(batch))
            if progress:
                progress(start + len(batch), len(ids))
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, frequency=n) for word, n in vocabulary.items()], batch_size=2000
        )
    if connection.vendor == "postgresql":
        _vacuum()
    cached.changed()
    return len(ids)


def _vacuum():
    """Reclaim the rows a rebuild replaced (every document is written twice: inserted, then
    given its vector) and refresh the planner's statistics. Without it the table held seven
    dead rows per live one after a few rebuilds, and every facet query read them all. VACUUM
    cannot run inside a transaction; there (tests) only ANALYZE runs."""
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        for model in (SearchDocument, SearchDocumentCategory, SearchWord):
            cursor.execute(f"{command} {model._meta.db_table}")


def refresh(product_ids) -> int:
    """Rebuild the documents of ``product_ids`` (a variant stands for its parent); a product
    that is gone or no longer browsable loses its document. Returns how many were written."""
    Product = get_model("catalogue", "Product")
    ids = {int(pk) for pk in product_ids}
    parents = Product.objects.filter(pk__in=ids, parent__isnull=False).values_list("parent_id", flat=True)
    ids = ids | set(parents)
    with transaction.atomic():
        _lock()
        SearchDocument.objects.filter(product_id__in=ids).delete()
        browsable = list(Product.objects.browsable().filter(pk__in=ids).values_list("pk", flat=True))
        new_words = _write(browsable) if browsable else Counter()
        SearchWord.objects.bulk_create(
            [SearchWord(word=word, frequency=n) for word, n in new_words.items()], ignore_conflicts=True
        )
    cached.changed()
    return len(browsable)


# Refreshes and rebuilds take turns: two refreshes of one product at once would each delete
# the old document and then both insert a new one (a primary key conflict).
LOCK_KEY = 7315001


def _lock():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])


def _write(product_ids) -> Counter:
    """Insert the documents of these browsable products; returns their words for the vocabulary."""
    # Each language's columns are named (a staff edit in the dashboard writes `title_en_ca`);
    # the plain ones, read where those are empty, as the default language's whatever page set
    # off the refresh.
    with translation.override(settings.LANGUAGE_CODE):
        documents, categories, vocabulary = _documents(product_ids)
    SearchDocument.objects.bulk_create(documents, batch_size=BATCH)
    SearchDocumentCategory.objects.bulk_create(categories, batch_size=5000)
    if connection.vendor == "postgresql":
        vectors.fill(product_ids)
    return vocabulary


def _documents(product_ids):
    Product = get_model("catalogue", "Product")
    rows = list(
        Product.objects.filter(pk__in=product_ids)
        .values("pk", "title", "title_en_ca", "title_fr_ca", "upc", "description", "description_en_ca",
                "description_fr_ca", "date_created", "product_class__track_stock")
        .order_by("pk")
    )
    for row in rows:
        row["title"] = row["title_en_ca"] or row["title"]
        row["description"] = row["description_en_ca"] or row["description"]
    prices, stock = _prices_and_stock(product_ids, rows)
    attributes, attribute_words, attribute_words_fr = _attributes(product_ids)
    category_ids, category_names, category_names_fr = _categories(product_ids)
    images = _images(product_ids)
    popularity = _popularity(product_ids)
    documents, links, vocabulary = [], [], Counter()
    for row in rows:
        pk = row["pk"]
        values = attributes.get(pk, {})
        brand = values.pop(BRAND_CODE, "")
        names = category_names.get(pk, [])
        keywords = " ".join([brand, *names, *attribute_words.get(pk, []), row["upc"] or ""])
        names_fr = category_names_fr.get(pk, [])
        keywords_fr = " ".join([brand, *names_fr, *attribute_words_fr.get(pk, []), row["upc"] or ""])
        name_fr = row["title_fr_ca"] or row["title"] or ""
        documents.append(
            SearchDocument(
                product_id=pk,
                name=row["title"] or "",
                title=text.fold(row["title"]),
                keywords=text.fold(keywords),
                body=text.fold(_plain(row["description"]))[:BODY_CHARS],
                name_fr=name_fr,
                title_fr=text.fold(name_fr),
                keywords_fr=text.fold(keywords_fr),
                body_fr=text.fold(_plain(row["description_fr_ca"] or row["description"]))[:BODY_CHARS],
                brand=brand[:128],
                price=prices.get(pk),
                in_stock=stock.get(pk, False) or not row["product_class__track_stock"],
                attributes=values,
                popularity=popularity.get(pk, 0),
                date_created=row["date_created"],
                image=images.get(pk, ""),
            )
        )
        links.extend(SearchDocumentCategory(document_id=pk, category_id=c) for c in category_ids.get(pk, ()))
        vocabulary.update(
            w for w in set(text.words(" ".join([row["title"] or "", name_fr, brand, *names, *names_fr,
                                                *values.values(), *attribute_words_fr.get(pk, [])])))
            if len(w) >= 3 and not w.isdigit() and w not in text.STOP_WORDS
            and w not in text.FRENCH_STOP_WORDS and len(w) <= 64
        )
    return documents, links, vocabulary


def _plain(html):
    from django.utils.html import strip_tags

    return strip_tags(html or "")


def _prices_and_stock(product_ids, rows):
    """Lowest price before tax (a parent's from its public variants: those with a unit
    available first, as its card's "From" price, checkout/partner/strategy.py) and whether any
    unit is available (in stock less allocated), per product."""
    StockRecord = get_model("partner", "StockRecord")
    Product = get_model("catalogue", "Product")
    owner = {pk: pk for pk in product_ids}
    for child, parent in Product.objects.filter(parent_id__in=product_ids, is_public=True).values_list(
        "pk", "parent_id"
    ):
        owner[child] = parent
    prices, in_stock_prices, stock = {}, {}, {}
    records = StockRecord.objects.filter(product_id__in=list(owner)).values_list(
        "product_id", "price", "num_in_stock", "num_allocated"
    )
    for product_id, price, in_stock, allocated in records:
        pk = owner[product_id]
        available = in_stock is not None and in_stock - (allocated or 0) > 0
        if price is not None and (pk not in prices or price < prices[pk]):
            prices[pk] = Decimal(price)
        if price is not None and available and (pk not in in_stock_prices or price < in_stock_prices[pk]):
            in_stock_prices[pk] = Decimal(price)
        if available:
            stock[pk] = True
    return {**prices, **in_stock_prices}, stock


def _attributes(product_ids):
    """Per product: facet values by attribute code (strings), and every value's words, in
    English and in French (an option's or a text specification's French, else the English)."""
    Value = get_model("catalogue", "ProductAttributeValue")
    facets, words, words_fr = defaultdict(dict), defaultdict(list), defaultdict(list)
    rows = Value.objects.filter(product_id__in=product_ids).values_list(
        "product_id", "attribute__code", "attribute__type", "value_text", "value_text_fr_ca", "value_integer",
        "value_float", "value_boolean", "value_option__option", "value_option__option_en_ca",
        "value_option__option_fr_ca",
    )
    for (pk, code, kind, value_text, text_fr, value_integer, value_float, value_boolean, option, option_en,
         option_fr) in rows:
        option = option_en or option
        value = _facet_value(kind, value_text, value_integer, value_float, value_boolean, option)
        if value is None:
            continue
        words[pk].append(value)
        french = {"option": option_fr, "text": (text_fr or "").strip()}.get(kind)
        words_fr[pk].append(french or value)
        if kind in FACET_TYPES and len(value) <= FACET_VALUE_CHARS:
            facets[pk][code] = value
    return facets, words, words_fr


def _facet_value(kind, value_text, value_integer, value_float, value_boolean, option):
    if kind == "text":
        return (value_text or "").strip() or None
    if kind == "integer" and value_integer is not None:
        return str(value_integer)
    if kind == "float" and value_float is not None:
        return f"{value_float:g}"
    if kind == "boolean" and value_boolean is not None:
        return "yes" if value_boolean else "no"
    if kind == "option" and option:
        return option
    return None


def _categories(product_ids):
    """Per product: its categories' ids with every ancestor's, and their names in English and
    in French (the English where a category has no French name)."""
    Category = get_model("catalogue", "Category")
    ProductCategory = get_model("catalogue", "ProductCategory")
    by_path = {}
    for pk, path, name, name_en, name_fr in Category.objects.values_list(
            "pk", "path", "name", "name_en_ca", "name_fr_ca"):
        english = name_en or name
        by_path[path] = (pk, english, name_fr or english)
    steplen = Category.steplen
    ids, names, names_fr = defaultdict(set), defaultdict(list), defaultdict(list)
    for pk, path in ProductCategory.objects.filter(product_id__in=product_ids).values_list(
        "product_id", "category__path"
    ):
        for end in range(steplen, len(path) + 1, steplen):
            category_id, name, name_fr = by_path[path[:end]]
            if category_id not in ids[pk]:
                ids[pk].add(category_id)
                names[pk].append(name)
                names_fr[pk].append(name_fr)
    return ids, names, names_fr


def _images(product_ids):
    ProductImage = get_model("catalogue", "ProductImage")
    first = {}
    for pk, original in (
        ProductImage.objects.filter(product_id__in=product_ids)
        .order_by("product_id", "display_order", "pk")
        .values_list("product_id", "original")
    ):
        first.setdefault(pk, original)
    return first


def _popularity(product_ids):
    """Units sold, from Oscar's analytics records."""
    ProductRecord = get_model("analytics", "ProductRecord")
    return dict(
        ProductRecord.objects.filter(product_id__in=product_ids)
        .values("product_id").annotate(n=Sum("num_purchases")).values_list("product_id", "n")
    )
