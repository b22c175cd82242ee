"""The demo generator tops the catalogue up to a size, with everything a listing needs, once."""
import pytest
from django.core.management import call_command
from oscar.core.loading import get_model

from catalog.courses.demo import COURSES
from catalog.demo import data
from catalog.demo.generate import UPC_PREFIX, generate_products

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
ProductReview = get_model("reviews", "ProductReview")
StockRecord = get_model("partner", "StockRecord")

TOTAL = 300


@pytest.fixture
def generated_store(search_index, monkeypatch, capsys):
    monkeypatch.setenv("DEMO_STAFF_PASSWORD", "demo-pass-for-tests")
    call_command("load_demo_store", "--products", str(TOTAL))
    return capsys.readouterr().out


def _generated():
    return Product.objects.filter(upc__startswith=UPC_PREFIX)


def test_the_catalogue_is_topped_up_to_exactly_the_asked_size_with_full_products(generated_store):
    assert Product.objects.browsable().count() == TOTAL
    assert _generated().count() == TOTAL - len(data.PRODUCTS) - len(COURSES)  # the demo courses count too
    assert "Generated products: 230/230 (100%)" in generated_store
    assert generated_store.count("Generated products: ") >= 1
    shop = TOTAL - len(COURSES)  # products generated and indexed before the courses are loaded
    assert f"Search documents: {shop}/{shop}" in generated_store
    # Each generated product has stock, a price, a category, attributes and a picture.
    generated = _generated()
    count = generated.count()
    records = StockRecord.objects.filter(product__in=generated)
    assert records.count() == count
    prices = list(records.values_list("price", flat=True))
    assert min(prices) > 5 and max(prices) < 1500
    assert set(records.values_list("price_currency", flat=True)) == {"CAD"}
    stock = list(records.values_list("num_in_stock", flat=True))
    assert min(stock) == 0 and max(stock) <= 40
    assert 0 < stock.count(0) < count / 4  # some sold out, most not
    assert not generated.filter(categories=None).exists()
    assert generated.exclude(attribute_values__attribute__code="brand").count() == 0
    assert ProductImage.objects.filter(product__in=generated).count() == count
    assert 0 < generated.filter(reviews__isnull=False).distinct().count() < count
    assert len(set(generated.values_list("product_class", flat=True))) == 9
    # Class attributes are what the class promises.
    table = _generated().filter(product_class__slug="massage-table").first()
    gun = _generated().filter(product_class__slug="percussion-massage-gun").first()
    oil = _generated().filter(product_class__slug="massage-oil-lotion").first()
    assert table.attribute_values.get(attribute__code="width").value in {66, 71, 76, 81}
    assert 20 <= gun.attribute_values.get(attribute__code="stall_force").value <= 80
    assert oil.attribute_values.get(attribute__code="volume").value in {120, 250, 500, 1000, 3780}
    assert f"{table.attribute_values.get(attribute__code='width').value} cm" in table.title


def test_running_again_adds_nothing_and_generated_pages_answer(client, generated_store):
    before = (Product.objects.count(), StockRecord.objects.count(), ProductReview.objects.count())
    assert generate_products(total=TOTAL - len(COURSES), say=lambda line: None) == 0
    call_command("load_demo_store", "--products", str(TOTAL), verbosity=0)
    after = (Product.objects.count(), StockRecord.objects.count(), ProductReview.objects.count())
    assert after == before
    # A generated product's page, its reviews and its category answer.
    product = _generated().filter(reviews__isnull=False).first()
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    assert product.title in response.content.decode()
    assert client.get(f"/catalogue/{product.slug}_{product.pk}/reviews/").status_code == 200
    category = product.categories.first()
    assert client.get(category.get_absolute_url()).status_code == 200
