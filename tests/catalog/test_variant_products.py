"""Products with variants, as the Shopify import makes them (tests/catalog/shopify_samples): the
foam roller comes in three lengths (30 cm $19, 45 cm $27, 90 cm $39 sold out), the flannel
sheet set in three colours by three sizes. The page is priced "from" the cheapest variant a
shopper can buy, offers one choice per option, and puts the chosen variant in the basket."""
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from catalog.shopify import run
from checkout.partner.parent_price import cheapest_variant
from tests import factories

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "shopify_samples"
Line = get_model("basket", "Line")
Product = get_model("catalogue", "Product")
ShopifyRecord = get_model("catalogue", "ShopifyRecord")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def imported(db):
    run.import_products(SAMPLES / "products.csv", images_dir=SAMPLES / "images", download=False)
    return {handle: ShopifyRecord.objects.get(handle=handle, option_key="").product
            for handle in ("rouleau-mousse", "drap-table")}


@pytest.fixture
def roller(imported):
    return imported["rouleau-mousse"]


@pytest.fixture
def sheets(imported):
    return imported["drap-table"]


def _child(parent, **values):
    for child in parent.children.all():
        found = {av.attribute.code: str(av.value) for av in child.attribute_values.all()}
        if all(found.get(code) == value for code, value in values.items()):
            return child
    raise AssertionError(values)


def _select(page, name):
    match = re.search(rf'<select name="{name}".*?</select>', page, re.S)
    assert match, f"no select {name}"
    return match.group(0)


def _lines():
    return list(Line.objects.values_list("product_id", "quantity", "price_excl_tax"))


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_page_is_priced_from_the_cheapest_size_that_can_be_bought(client, roller):
    page = client.get(roller.get_absolute_url()).content.decode()
    assert '<p class="price_color">From $19.00</p>' in page
    assert '<p class="price_color">$39.00</p>' not in page  # Oscar's first variant, the sold-out one
    assert "Variants:" not in page


def test_each_option_is_a_choice_named_for_it_with_price_and_stock(client, roller, sheets):
    page = client.get(roller.get_absolute_url()).content.decode()
    assert re.search(r'<label for="id_variant_length"[^>]*>\s*Length\s*</label>', page)
    lengths = _select(page, "variant_length")
    assert '<option value="30 cm" selected>30 cm — $19.00</option>' in lengths
    assert '<option value="45 cm">45 cm — $27.00</option>' in lengths
    assert '<option value="90 cm" disabled>90 cm — $39.00 (sold out)</option>' in lengths

    page = client.get(sheets.get_absolute_url()).content.decode()
    assert re.search(r'<label for="id_variant_colour"[^>]*>\s*Colour\s*</label>', page)
    assert re.search(r'<label for="id_variant_size"[^>]*>\s*Size\s*</label>', page)
    assert "Charcoal — from $49.00" in _select(page, "variant_colour")
    assert "Wide — $59.00" in _select(page, "variant_size")


def test_a_product_whose_every_variant_is_sold_out_says_so_and_offers_no_basket(client, roller):
    StockRecord.objects.filter(product__parent=roller).update(num_in_stock=0)
    page = client.get(roller.get_absolute_url()).content.decode()
    assert "Sold out" in page
    assert 'id="add_to_basket_form"' not in page
    assert 'id="stock-alert-title"' in page


def test_choosing_a_size_puts_that_size_in_the_basket_at_its_price(client, roller):
    response = client.post(f"/basket/add/{roller.pk}/", {"variant_length": "45 cm", "quantity": 2})
    assert response.status_code == 302
    assert _lines() == [(_child(roller, length="45 cm").pk, 2, Decimal("27.00"))]
    basket = client.get("/basket/").content.decode()
    assert "Foam roller (45 cm)" in basket
    assert "$54.00" in basket


def test_choosing_a_colour_and_a_size_puts_that_sheet_set_in_the_basket(client, sheets):
    client.post(f"/basket/add/{sheets.pk}/", {"variant_colour": "Charcoal", "variant_size": "Wide", "quantity": 1})
    assert _lines() == [(_child(sheets, colour="Charcoal", size="Wide").pk, 1, Decimal("59.00"))]
    assert "Flannel table sheet set (Charcoal / Wide)" in client.get("/basket/").content.decode()


def test_a_sold_out_size_is_refused_with_a_message_and_nothing_added(client, roller):
    response = client.post(f"/basket/add/{roller.pk}/", {"variant_length": "90 cm", "quantity": 1},
                           HTTP_REFERER=roller.get_absolute_url())
    assert response.status_code == 302 and response["Location"] == roller.get_absolute_url()
    assert _messages(response) == ["Foam roller in 90 cm is sold out. Please choose another."]
    assert _lines() == []


def test_a_combination_not_made_is_refused_with_a_message(client, sheets):
    _child(sheets, colour="White", size="Fitted").delete()
    response = client.post(f"/basket/add/{sheets.pk}/",
                           {"variant_colour": "White", "variant_size": "Fitted", "quantity": 1})
    assert response.status_code == 302
    assert _messages(response) == [
        "Flannel table sheet set does not come as White, Fitted. Please choose another combination."]
    assert _lines() == []


@pytest.mark.parametrize("posted, message", [
    ({"variant_length": "120 cm", "quantity": 1}, "Please choose one of the listed choices."),
    ({"quantity": 1}, "Please choose one of the listed choices."),
    ({"variant_length": "30 cm", "quantity": "two"}, "Enter a whole number."),
    ({"variant_length": "30 cm", "quantity": 0}, "greater than or equal to 1"),
    ({"variant_length": "30 cm", "quantity": 11}, "a maximum of 10 can be bought"),
])
def test_a_choice_that_cannot_be_had_is_refused_with_a_message(client, roller, posted, message):
    response = client.post(f"/basket/add/{roller.pk}/", posted)
    assert response.status_code == 302
    assert message in " ".join(_messages(response))
    assert _lines() == []


def test_a_product_without_variants_is_added_as_before(client, imported):
    oil = ShopifyRecord.objects.get(handle="huile-lavande", option_key="").product
    client.post(f"/basket/add/{oil.pk}/", {"quantity": 1})
    assert [line[0] for line in _lines()] == [oil.pk]


def test_listings_show_the_from_price(client, search_index, roller):
    search_index()
    for url in ("/catalogue/", "/search/?q=roller"):
        page = client.get(url).content.decode()
        card = page[page.index(">Foam roller</a></h3>"):]
        card = card[:card.index("</article>")]
        assert "From $19.00" in card, url
        assert "$39.00" not in card, url
        assert "Choose options" in card, url


def test_the_compare_tray_and_table_show_the_from_price(client, roller):
    client.post("/compare/add/", {"product": roller.pk})
    page = client.get("/compare/").content.decode()
    assert '<td class="compare-price">From $19.00</td>' in page


def test_french_pages_say_from_in_quebec_french(client, roller):
    page = client.get(f"/fr{roller.get_absolute_url()}").content.decode()
    assert "À partir de 19,00\xa0$" in page
    assert "(épuisé)" in page


def test_the_cheapest_variant_is_the_cheapest_one_that_can_be_bought():
    class Record:
        def __init__(self, price):
            self.price = price

    pairs = [("a", Record(Decimal("39.00"))), ("b", Record(Decimal("27.00"))), ("c", None),
             ("d", Record(None)), ("e", Record(Decimal("19.00")))]
    assert cheapest_variant(pairs, lambda child, record: True)[0] == "e"
    assert cheapest_variant(pairs, lambda child, record: child != "e")[0] == "b"
    assert cheapest_variant(pairs, lambda child, record: False)[0] == "e"  # still says what it costs
    assert cheapest_variant([("c", None)], lambda child, record: True) is None


def _listing_queries(client, url):
    client.get(url)
    cache.clear()  # cold: every card rendered
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_a_listing_of_parents_costs_the_same_for_3_and_12(client, search_index):
    guns = factories.category("Massage guns")
    factories.parent_product(variants=3, in_category=guns)
    for _ in range(2):
        factories.parent_product(variants=3, in_category=guns)
    search_index()
    few, page = _listing_queries(client, guns.get_absolute_url())
    assert page.count("From $149.00") == 3
    for _ in range(9):
        factories.parent_product(variants=4, in_category=guns)
    search_index()
    more, page = _listing_queries(client, guns.get_absolute_url())
    assert page.count("From $149.00") == 12
    assert few == more, f"{few} queries with 3 parents, {more} with 12"


def test_the_page_of_a_parent_costs_the_same_with_3_or_9_variants(roller, sheets):
    from django.test import Client

    counts = []
    for product in (roller, sheets):
        client = Client(HTTP_HOST="localhost")  # nothing recently viewed
        client.get(product.get_absolute_url())
        with CaptureQueriesContext(connection) as captured:
            client.get(product.get_absolute_url())
        counts.append(len(captured))
    assert counts[0] == counts[1] <= 18, counts


def test_search_prices_a_parent_as_its_card_does(client, search_index, roller):
    StockRecord.objects.filter(product=_child(roller, length="30 cm")).update(num_in_stock=0)
    search_index()
    page = client.get("/catalogue/?price=0-25").content.decode()
    assert ">Foam roller</a></h3>" not in page  # from $27.00 now, the 30 cm sold out
    page = client.get("/catalogue/?price=25-50").content.decode()
    assert ">Foam roller</a></h3>" in page
    assert "From $27.00" in page
