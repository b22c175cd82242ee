"""The catalogue, category and search pages as a shopper uses them (catalog/search/browse.py):
the filters' counts against a store counted by hand, how filters combine and come off again,
sorting, misspellings and accents, refused values, what crawlers are told, and a staff edit
showing at once. Each test reads the view's context and the HTML the shopper sees."""
import datetime
import html
import re
from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from catalog.search import indexing
from tests import factories

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductRecord = get_model("analytics", "ProductRecord")

# The store counted by hand: (title, brand, price before tax, units in stock, category, width cm).
STORE = [
    ("Alder portable table", "Northpoint", "180.00", 5, "tables", 71),
    ("Birch portable table", "Northpoint", "320.00", 0, "tables", 76),
    ("Cedar lift table", "Cedarline", "450.00", 3, "tables", 76),
    ("Dogwood wide table", "Cedarline", "620.00", 2, "tables", 81),
    ("Elm bench table", "Tidewater", "240.00", 0, "tables", 71),
    ("Fir glide oil", "Cedarline", "19.50", 10, "oils", None),
    ("Ginger warming oil", "Northpoint", "35.00", 0, "oils", None),
]


@pytest.fixture
def store(search_index):
    """Seven products over three brands, five price bands, two categories; the tables have a
    width (three values). Returns the categories and the products by title."""
    factories.product_class("Percussion massage gun", attributes=[("width", "Width (cm)", "integer")])
    tables = factories.category("Massage tables")
    oils = factories.category("Massage oils")
    made = {}
    # Built as a bulk load is: per-save refreshes paused, the documents built once after. (A
    # refresh queued here would never run, the test's transaction never commits, and would
    # stand in for the staff edit's own refresh later: one refresh per product per commit.)
    with indexing.paused():
        for title, brand, price, stock, where, width in STORE:
            attributes = {"brand": brand}
            if width:
                attributes["width"] = width
            made[title] = factories.product(
                title=title, price=Decimal(price), stock=stock, attributes=attributes,
                in_category=tables if where == "tables" else oils, with_image=False,
            )
    search_index()
    return {"tables": tables, "oils": oils, "products": made}


# Reading a page.

def _titles(response):
    return [product.title for product in response.context["products"]]


def _text(response):
    """The page's words as a shopper reads them: tags dropped, entities decoded, spaces collapsed."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def _counts(response, key):
    """{label: count} of one filter group, from the context."""
    for group in response.context["listing"].groups:
        if group.key == key:
            return {value.label: value.count for value in group.values}
    return None


def _value(response, key, label):
    for group in response.context["listing"].groups:
        if group.key == key:
            for value in group.values:
                if value.label == label:
                    return value
    raise AssertionError(f"no {key} value {label!r}")


def _facet_links(response):
    """(href, rel, label, count) of every filter link in the HTML."""
    found = []
    pattern = (
        r'<a class="facet-value[^"]*" href="([^"]*)" rel="([^"]*)"[^>]*>.*?'
        r'<span class="facet-label">(.*?)</span> <span class="facet-count">\((\d+)\)</span>'
    )
    for href, rel, label, count in re.findall(pattern, response.content.decode(), flags=re.S):
        found.append((html.unescape(href), rel, html.unescape(label), int(count)))
    return found


def _chips(response):
    """(href, rel, label) of each applied-filter chip in the HTML."""
    pattern = r'<a class="active-filter" href="([^"]*)" rel="([^"]*)">(.*?) <span aria-hidden'
    return [(html.unescape(h), r, html.unescape(t)) for h, r, t in re.findall(pattern, response.content.decode())]


def _params(url):
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


def _shown_total(response):
    match = re.search(r'<p class="listing-count">\s*<strong>(\d+)</strong> products?', response.content.decode())
    assert match, "the page does not say how many products it lists"
    return int(match.group(1))


def _canonical(response):
    match = re.search(r'<link rel="canonical" href="([^"]*)">', response.content.decode())
    assert match, "no canonical link"
    return html.unescape(match.group(1))


def _get(client, path, params=None):
    response = client.get(path, params or {})
    assert response.status_code == 200, (path, params, response.status_code)
    return response


# Counts.

def test_catalogue_counts_each_brand_band_stock_and_category_as_counted_by_hand(client, store):
    response = _get(client, "/catalogue/")
    assert response.context["listing"].total == 7
    assert _shown_total(response) == 7
    assert _counts(response, "brand") == {"Cedarline": 3, "Northpoint": 3, "Tidewater": 1}
    assert _counts(response, "price") == {
        "Under $25": 1, "$25 to $50": 1, "$100 to $250": 2, "$250 to $500": 2, "$500 and over": 1,
    }
    assert _counts(response, "in_stock") == {"In stock": 4}
    assert _counts(response, "category") == {"Massage oils": 2, "Massage tables": 5}
    # The HTML shows the same numbers beside the same labels.
    shown = {label: count for _, _, label, count in _facet_links(response)}
    assert shown["Northpoint"] == 3 and shown["Tidewater"] == 1
    assert shown["$250 to $500"] == 2 and shown["In stock"] == 4 and shown["Massage tables"] == 5


def test_category_page_counts_the_width_of_its_own_products(client, store):
    response = _get(client, store["tables"].get_absolute_url())
    assert response.context["listing"].total == 5
    assert _counts(response, "brand") == {"Cedarline": 2, "Northpoint": 2, "Tidewater": 1}
    assert _counts(response, "attr_width") == {"71": 2, "76": 2, "81": 1}
    assert _counts(response, "in_stock") == {"In stock": 3}
    assert _counts(response, "category") is None  # the page is the category
    assert "Width (cm)" in _text(response)


def test_a_ticked_brand_still_shows_what_the_other_brands_would_add(client, store):
    response = _get(client, "/catalogue/", {"brand": "Tidewater"})
    assert _titles(response) == ["Elm bench table"]
    assert _counts(response, "brand") == {"Cedarline": 3, "Northpoint": 3, "Tidewater": 1}
    assert _value(response, "brand", "Tidewater").selected
    # The other facets count within the brand: one band holds its one product, so the price
    # filter, which could not narrow the list, is left out.
    assert _counts(response, "price") is None
    response = _get(client, "/catalogue/", {"brand": "Northpoint"})
    assert _counts(response, "price") == {"$25 to $50": 1, "$100 to $250": 1, "$250 to $500": 1}
    assert _counts(response, "brand") == {"Cedarline": 3, "Northpoint": 3, "Tidewater": 1}


def test_counts_after_brand_price_and_stock_together(client, store):
    response = _get(client, "/catalogue/", {"brand": "Cedarline", "price": ["250-500", "500-"], "in_stock": "1"})
    assert sorted(_titles(response)) == ["Cedar lift table", "Dogwood wide table"]
    assert response.context["listing"].total == 2 == _shown_total(response)
    # Brands: priced 250 and over, in stock (Birch, the only other one over 250, is sold out).
    assert _counts(response, "brand") == {"Cedarline": 2}
    # Bands: Cedarline in stock, in every band.
    assert _counts(response, "price") == {"Under $25": 1, "$250 to $500": 1, "$500 and over": 1}
    assert _counts(response, "in_stock") == {"In stock": 2}
    # Both are tables: a category filter could not narrow the list, so it is left out.
    assert _counts(response, "category") is None


def test_category_counts_after_brand_stock_and_width(client, store):
    url = store["tables"].get_absolute_url()
    response = _get(client, url, {"brand": "Northpoint", "in_stock": "1", "attr_width": "76"})
    assert _titles(response) == []
    assert "No products match all of these filters." in _text(response)
    # Width counted without its own filter: Northpoint in stock is the 71 cm Alder only.
    assert _counts(response, "attr_width") == {"71": 1, "76": 0}
    response = _get(client, url, {"brand": "Northpoint", "in_stock": "1", "attr_width": "71"})
    assert _titles(response) == ["Alder portable table"]


def test_the_total_shown_is_what_the_pages_list(client, store, settings):
    settings.OSCAR_PRODUCTS_PER_PAGE = 3
    seen = []
    for page in (1, 2, 3):
        response = _get(client, "/catalogue/", {"page": page})
        assert _shown_total(response) == 7
        seen += _titles(response)
    assert len(seen) == len(set(seen)) == 7
    assert client.get("/catalogue/", {"page": 4}).status_code == 404
    filtered = []
    for page in (1, 2):
        response = _get(client, "/catalogue/", {"brand": ["Northpoint", "Tidewater"], "page": page})
        assert _shown_total(response) == 4
        filtered += _titles(response)
    assert len(set(filtered)) == 4


# Combining and removing.

def test_values_of_one_filter_widen_and_different_filters_narrow(client, store):
    both = _get(client, "/catalogue/", {"brand": ["Northpoint", "Tidewater"]})
    assert sorted(_titles(both)) == [
        "Alder portable table", "Birch portable table", "Elm bench table", "Ginger warming oil",
    ]
    bands = _get(client, "/catalogue/", {"price": ["0-25", "500-"]})
    assert sorted(_titles(bands)) == ["Dogwood wide table", "Fir glide oil"]
    narrowed = _get(client, "/catalogue/", {"brand": ["Northpoint", "Tidewater"], "price": "100-250"})
    assert sorted(_titles(narrowed)) == ["Alder portable table", "Elm bench table"]
    narrowed = _get(client, "/catalogue/", {"brand": ["Northpoint", "Tidewater"], "price": "100-250", "in_stock": "1"})
    assert _titles(narrowed) == ["Alder portable table"]


def test_ticking_then_unticking_returns_to_the_plain_page(client, store):
    plain = _get(client, "/catalogue/")
    tick = _value(plain, "brand", "Northpoint").url
    ticked = _get(client, "/catalogue/" + tick)
    assert sorted(_titles(ticked)) == ["Alder portable table", "Birch portable table", "Ginger warming oil"]
    band = _value(ticked, "price", "$100 to $250").url
    both = _get(client, "/catalogue/" + band)
    assert _titles(both) == ["Alder portable table"]
    untick = _value(both, "brand", "Northpoint").url
    assert _params(untick) == {"price": ["100-250"]}
    untick = _value(_get(client, "/catalogue/" + untick), "price", "$100 to $250").url
    assert untick == "?"
    assert len(_titles(_get(client, "/catalogue/" + untick))) == 7


def test_each_applied_filter_is_a_chip_that_removes_it(client, store):
    url = store["tables"].get_absolute_url()
    response = _get(client, url, {"brand": "Cedarline", "in_stock": "1", "attr_width": "81", "sort": "price-asc"})
    chips = _chips(response)
    assert [label for _, _, label in chips] == ["Brand: Cedarline", "Availability: In stock", "Width (cm): 81"]
    assert all(rel == "nofollow" for _, rel, _ in chips)
    removes = {label: _params(href) for href, _, label in chips}
    assert removes["Brand: Cedarline"] == {"in_stock": ["1"], "attr_width": ["81"], "sort": ["price-asc"]}
    assert removes["Availability: In stock"] == {"brand": ["Cedarline"], "attr_width": ["81"], "sort": ["price-asc"]}
    assert removes["Width (cm): 81"] == {"brand": ["Cedarline"], "in_stock": ["1"], "sort": ["price-asc"]}
    without_width = _get(client, url + chips[2][0])
    assert sorted(_titles(without_width)) == ["Cedar lift table", "Dogwood wide table"]


def test_clear_all_filters_keeps_the_search_and_the_order(client, store):
    response = _get(client, "/search/", {
        "q": "table", "brand": "Northpoint", "price": "250-500", "sort": "price-desc", "page": "1",
    })
    assert _titles(response) == ["Birch portable table"]
    match = re.search(
        r'<a class="active-filters-clear" href="([^"]*)" rel="nofollow">Clear all filters</a>', response.content.decode()
    )
    assert match, "no Clear all filters link"
    clear = html.unescape(match.group(1))
    assert _params(clear) == {"q": ["table"], "sort": ["price-desc"]}
    cleared = _get(client, "/search/" + clear)
    assert _titles(cleared) == [
        "Dogwood wide table", "Cedar lift table", "Birch portable table", "Elm bench table", "Alder portable table",
    ]
    assert cleared.context["listing"].active == []


# Sorting.

def test_sorting_by_price_both_ways(client, store):
    ascending = _titles(_get(client, "/catalogue/", {"sort": "price-asc"}))
    assert ascending == [
        "Fir glide oil", "Ginger warming oil", "Alder portable table", "Elm bench table",
        "Birch portable table", "Cedar lift table", "Dogwood wide table",
    ]
    assert _titles(_get(client, "/catalogue/", {"sort": "price-desc"})) == ascending[::-1]
    response = _get(client, store["tables"].get_absolute_url(), {"sort": "price-desc"})
    prices = [p.stockrecords.all()[0].price for p in response.context["products"]]
    assert prices == sorted(prices, reverse=True)
    assert '<option value="price-desc" selected>' in response.content.decode()


def test_newest_first_and_best_selling_first(client, store, search_index):
    products = store["products"]
    now = timezone.now()
    # Added in an order that is not the order they were created in.
    for days, title in enumerate(["Elm bench table", "Fir glide oil", "Alder portable table"]):
        Product.objects.filter(pk=products[title].pk).update(date_created=now - datetime.timedelta(days=days))
    for title in ["Birch portable table", "Cedar lift table", "Dogwood wide table", "Ginger warming oil"]:
        Product.objects.filter(pk=products[title].pk).update(date_created=now - datetime.timedelta(days=30))
    for title, sold in [("Ginger warming oil", 40), ("Cedar lift table", 12), ("Elm bench table", 3)]:
        ProductRecord.objects.create(product=products[title], num_purchases=sold)
    search_index()
    newest = _titles(_get(client, "/catalogue/", {"sort": "newest"}))
    assert newest[:3] == ["Elm bench table", "Fir glide oil", "Alder portable table"]
    best = _titles(_get(client, "/catalogue/", {"sort": "best-selling"}))
    assert best[:3] == ["Ginger warming oil", "Cedar lift table", "Elm bench table"]
    # Best-selling is the catalogue's default order.
    assert _titles(_get(client, "/catalogue/")) == best


def test_search_puts_the_best_match_first(client, search_index):
    factories.product(title="Lavender bolster cover", description="Washable cotton.")
    factories.product(title="Cotton sheet set", description="Scented with a little lavender.")
    search_index()
    response = _get(client, "/search/", {"q": "lavender"})
    assert response.context["listing"].sort == "relevance"
    assert _titles(response) == ["Lavender bolster cover", "Cotton sheet set"]
    assert '<option value="relevance" selected>Best match</option>' in response.content.decode()
    # Relevance is only offered where there are words to match.
    assert client.get("/catalogue/", {"sort": "relevance"}).status_code == 400


# Misspellings and accents.

@pytest.fixture
def spelled(search_index):
    guns = factories.category("Massage guns")
    made = [
        factories.product(title="Pro percussion massage gun", in_category=guns),
        factories.product(title="Trigger point ball", description="Firm rubber for knots."),
        factories.product(title="Eucalyptus massage oil", description="Cooling oil."),
        factories.product(title="Crème de massage à l'arnica", description="Rich cream."),
        factories.product(title="Huile d'amande douce", description="Sweet almond."),
        factories.product(title="Quiet recovery device", description="Deep tissue work.", in_category=guns),
    ]
    search_index()
    return made


@pytest.mark.parametrize("typed, meant, corrected", [
    ("massge gun", "Pro percussion massage gun", "massage gun"),
    ("trigger pint", "Trigger point ball", "trigger point"),
    ("eucalytus", "Eucalyptus massage oil", "eucalyptus"),
])
def test_a_misspelt_search_finds_the_product_meant(client, spelled, typed, meant, corrected):
    response = _get(client, "/search/", {"q": typed})
    assert meant in _titles(response)
    assert response.context["listing"].corrected_query == corrected
    assert f"Showing results for “{corrected}”." in _text(response)


def test_nonsense_finds_nothing_and_a_word_beside_it_is_offered(client, spelled):
    response = _get(client, "/search/", {"q": "zzqxv"})
    assert _titles(response) == []
    assert "Did you mean" not in _text(response)
    response = _get(client, "/search/", {"q": "zzqxv massage"})
    assert _titles(response) == []
    assert response.context["listing"].did_you_mean == "massage"
    assert "No products match “zzqxv massage”. Did you mean massage ?" in _text(response)
    assert 'href="/search/?q=massage"' in response.content.decode()


@pytest.mark.parametrize("typed", ["creme", "crème", "CRÈME", "Creme"])
def test_accents_and_case_do_not_matter(client, spelled, typed):
    assert _titles(_get(client, "/search/", {"q": typed})) == ["Crème de massage à l'arnica"]


def test_a_french_word_finds_its_product(client, spelled):
    assert _titles(_get(client, "/search/", {"q": "huile"})) == ["Huile d'amande douce"]


def test_a_category_name_finds_its_products(client, spelled):
    titles = _titles(_get(client, "/search/", {"q": "massage gun"}))
    assert "Quiet recovery device" in titles  # only its category says "massage gun"
    assert "Pro percussion massage gun" in titles


# Bad values.

def test_an_unknown_parameter_is_ignored(client, store):
    response = _get(client, "/catalogue/", {"colour": "red", "selected_facets": "brand_exact:X", "sort_by": "title"})
    assert len(_titles(response)) == 7


@pytest.mark.parametrize("params, reason", [
    ({"price": "999999999-"}, "Prices are amounts in dollars, such as 25 or 49.99."),
    ({"price": "2000000-"}, "That price is beyond anything in the store."),
    ({"price": "abc"}, "A price band looks like 25-50 or 500-."),
    ({"price": "50-10"}, "A price band's lowest price must be under its highest."),
    ({"price": "-"}, "A price band needs a lowest or a highest price."),
    ({"sort": "title; DROP TABLE catalogue_product"}, "Sort by one of: best-selling, price-asc, price-desc, newest."),
    ({"attr_DROP TABLE": "1"}, "Unknown specification: 'attr_DROP TABLE'."),
    ({"brand": [f"Brand {n}" for n in range(21)]}, "At most 20 values for brand."),
    ({"brand": "x" * 101}, "The value for brand is too long or not text."),
    # The middleware refuses a null character anywhere before the page is reached.
    ({"brand": "North\x00point"}, "The address or form contained a null character"),
    ({"in_stock": "maybe"}, "in_stock must be 1 or 0."),
    ({"category": "1 OR 1=1"}, "A category must be given by its number."),
])
def test_a_refused_value_is_a_400_that_says_why(client, store, params, reason):
    response = client.get("/catalogue/", params)
    assert response.status_code == 400
    assert reason in _text(response)
    if "null character" not in reason:
        assert 'href="/catalogue/">Start over without filters</a>' in response.content.decode()


def test_a_refused_value_on_a_category_page_starts_over_on_that_page(client, store):
    url = store["tables"].get_absolute_url()
    response = client.get(url, {"attr_width": "71", "price": "abc"})
    assert response.status_code == 400
    assert f'href="{url}">Start over without filters</a>' in response.content.decode()


def test_a_hundred_characters_is_still_a_value(client, store):
    response = _get(client, "/catalogue/", {"brand": "x" * 100})
    assert _titles(response) == []


@pytest.mark.parametrize("hostile", ["' OR 1=1 --", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'])
def test_hostile_brands_match_nothing_and_are_shown_escaped(client, store, hostile):
    for path in ("/catalogue/", "/search/?q=table"):
        response = _get(client, path, {"brand": hostile})
        assert _titles(response) == []
        assert response.context["listing"].total == 0
        body = response.content.decode()
        assert hostile not in body
        assert "<script>alert(1)" not in body and "<img src=x" not in body
        # The chip shows what was asked for, as text.
        assert [label for _, _, label in _chips(response)] == [f"Brand: {hostile}"]
        assert f"Brand: {html.escape(hostile)}" in body or f"Brand: {html.escape(hostile, quote=False)}" in body
    # The products are all still there.
    assert Product.objects.count() == 7


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", '"><b>x</b>'])
def test_a_hostile_sort_or_specification_is_echoed_escaped(client, store, hostile):
    for params in ({"sort": hostile}, {f"attr_{hostile}": "1"}):
        response = client.get("/catalogue/", params)
        assert response.status_code == 400
        body = response.content.decode()
        assert hostile not in body


def test_a_hostile_search_is_echoed_escaped(client, store):
    hostile = "<script>alert(1)</script>"
    response = _get(client, "/search/", {"q": hostile, "brand": "Northpoint"})
    body = response.content.decode()
    assert hostile not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_an_impossible_page_is_a_404(client, store):
    for page in ("2", "0", "-1", "abc", "99999"):
        assert client.get("/catalogue/", {"page": page}).status_code == 404, page


# Crawlers.

@pytest.mark.parametrize("params", [
    {"brand": "Northpoint"},
    {"sort": "price-desc"},
    {"price": ["0-25", "500-"], "in_stock": "1", "sort": "newest"},
])
def test_a_filtered_or_sorted_page_names_the_plain_page_as_canonical(client, store, params):
    for path in ("/catalogue/", store["tables"].get_absolute_url()):
        canonical = _canonical(_get(client, path, params))
        assert urlsplit(canonical).path == path
        assert urlsplit(canonical).query == ""


def test_every_filter_link_and_chip_is_nofollow(client, store):
    response = _get(client, store["tables"].get_absolute_url(), {"brand": "Northpoint", "attr_width": "71"})
    links = _facet_links(response)
    assert [label for _, _, label, _ in links] == ["Northpoint", "Tidewater", "71", "76"]
    assert {rel for _, rel, _, _ in links} == {"nofollow"}
    # No filter link escapes the regex above (each one was read).
    assert len(re.findall(r'class="facet-value[ "]', response.content.decode())) == len(links)
    assert {rel for _, rel, _ in _chips(response)} == {"nofollow"}


# A staff edit shows at once.

class _FormReader(HTMLParser):
    """The fields of the page's product form, as a browser would send them unchanged."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data, self.in_form, self.select, self.textarea, self.chosen = {}, False, None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post" and "product_form" in attrs.get("id", ""):
            self.in_form = True
        if not self.in_form or "name" not in attrs and tag in ("input", "select", "textarea"):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.setdefault(attrs["name"], []).append(attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "select":
            self.select, self.chosen, self.first, self.multiple = attrs["name"], [], None, "multiple" in attrs
        elif tag == "option" and self.select:
            if self.first is None:
                self.first = attrs.get("value", "")
            if "selected" in attrs:
                self.chosen.append(attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea = attrs["name"]
            self.data[self.textarea] = [""]

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "select" and self.select:
            # A single choice with none marked sends its first option.
            self.data[self.select] = self.chosen or ([] if self.multiple or self.first is None else [self.first])
            self.select = None
        elif tag == "textarea":
            self.textarea = None


def _form_data(response):
    reader = _FormReader()
    reader.feed(response.content.decode())
    assert "stockrecords-TOTAL_FORMS" in reader.data, "the product form was not found"
    return {name: values if len(values) != 1 else values[0] for name, values in reader.data.items()}


def _save_product(staff_client, django_capture_on_commit_callbacks, product, change):
    staff_client.user.is_superuser = True  # the dashboard's catalogue asks for it or a permission
    staff_client.user.save()
    url = f"/dashboard/catalogue/products/{product.pk}/"
    page = staff_client.get(url)
    assert page.status_code == 200
    data = _form_data(page)
    change(data)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, data)
    assert response.status_code == 302, response.status_code == 200 and _errors(response)


def _errors(response):
    found = {"form": response.context["form"].errors}
    for key in ("category_formset", "image_formset", "recommended_formset", "stockrecord_formset"):
        formset = response.context[key]
        found[key] = (formset.non_form_errors(), [f.errors for f in formset.forms])
    return found


def test_a_staff_price_and_title_edit_shows_in_the_listing_at_once(
    client, staff_client, store, django_capture_on_commit_callbacks
):
    elm = store["products"]["Elm bench table"]

    def change(data):
        data["title_en_ca"] = "Elm folding bench table"
        data["stockrecords-0-price"] = "89.00"

    _save_product(staff_client, django_capture_on_commit_callbacks, elm, change)
    response = _get(client, "/catalogue/", {"price": "50-100"})
    assert _titles(response) == ["Elm folding bench table"]
    assert "Elm folding bench table" in _text(response)
    assert "$89.00" in _text(response)
    assert _counts(_get(client, "/catalogue/"), "price")["$100 to $250"] == 1
    assert _titles(_get(client, "/search/", {"q": "folding"})) == ["Elm folding bench table"]


def test_a_staff_stock_edit_shows_in_the_listing_at_once(
    client, staff_client, store, django_capture_on_commit_callbacks
):
    birch = store["products"]["Birch portable table"]

    def change(data):
        data["stockrecords-0-num_in_stock"] = "4"

    _save_product(staff_client, django_capture_on_commit_callbacks, birch, change)
    response = _get(client, "/catalogue/", {"in_stock": "1", "brand": "Northpoint"})
    assert sorted(_titles(response)) == ["Alder portable table", "Birch portable table"]
    assert _counts(_get(client, "/catalogue/"), "in_stock") == {"In stock": 5}


def test_a_staff_category_change_shows_in_the_listing_at_once(
    client, staff_client, store, django_capture_on_commit_callbacks
):
    ginger = store["products"]["Ginger warming oil"]

    def change(data):
        data["productcategory_set-0-category"] = str(store["tables"].pk)

    _save_product(staff_client, django_capture_on_commit_callbacks, ginger, change)
    assert "Ginger warming oil" in _titles(_get(client, store["tables"].get_absolute_url()))
    assert _titles(_get(client, store["oils"].get_absolute_url())) == ["Fir glide oil"]
    assert _counts(_get(client, "/catalogue/"), "category") == {"Massage oils": 1, "Massage tables": 6}


def test_a_price_on_a_band_edge_counts_in_the_band_above_and_a_gun_in_colours_counts_once(client, search_index):
    with indexing.paused():
        factories.product(title="Edge roller", price=Decimal("25.00"), with_image=False)
        factories.product(title="Under roller", price=Decimal("24.99"), with_image=False)
        factories.parent_product(title="Colour gun", variants=3, price=Decimal("149.00"))
    search_index()
    response = _get(client, "/catalogue/")
    assert response.context["listing"].total == 3 == _shown_total(response)
    assert _counts(response, "price") == {"Under $25": 1, "$25 to $50": 1, "$100 to $250": 1}
    assert _titles(_get(client, "/catalogue/", {"price": "25-50"})) == ["Edge roller"]
    assert _titles(_get(client, "/catalogue/", {"price": "100-250"})) == ["Colour gun"]
