"""What Shopify's stock, compare-at and tax columns mean once imported (catalog/shopify/mapping.py
and saving.py): stock Shopify does not count does not stop a sale; the compare-at price and a
variant Shopify did not tax are kept and reported."""
from decimal import Decimal

import pytest
from oscar.core.loading import get_class, get_model

from catalog.shopify import run

pytestmark = pytest.mark.django_db

Selector = get_class("partner.strategy", "Selector")
ShopifyRecord = get_model("catalogue", "ShopifyRecord")
StockRecord = get_model("partner", "StockRecord")

HEADER = ("Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,"
          "Variant Price,Variant Compare At Price,Variant Taxable")


def _import(tmp_path, *rows):
    path = tmp_path / "products.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return run.import_products(path, download=False)


def _purchase_permitted(sku, quantity):
    stock = StockRecord.objects.get(partner_sku=sku)
    info = Selector().strategy().fetch_for_product(stock.product)
    return info.availability.is_purchase_permitted(quantity)[0]


def test_stock_shopify_does_not_count_does_not_stop_a_sale(tmp_path):
    _import(tmp_path, "gift-wrap,Gift wrap,Title,Default Title,GW-1,,,4.00,,TRUE")
    stock = StockRecord.objects.get(partner_sku="GW-1")
    assert stock.num_in_stock is None
    assert not stock.product.get_product_class().track_stock
    assert _purchase_permitted("GW-1", 25)
    stock.allocate(25)  # nothing counted, nothing refused


def test_counted_stock_still_stops_a_sale_at_zero(tmp_path):
    _import(tmp_path, "oil,Oil,Title,Default Title,OIL-1,shopify,0,24.99,,TRUE")
    assert StockRecord.objects.get(partner_sku="OIL-1").num_in_stock == 0
    assert not _purchase_permitted("OIL-1", 1)


def test_a_variant_not_counted_beside_counted_ones_is_reported(tmp_path):
    result = _import(tmp_path, "ball,Ball,Size,6 cm,B-6,shopify,5,9.00,,TRUE", "ball,,Size,8 cm,B-8,,,12.00,,TRUE")
    assert _purchase_permitted("B-6", 5)
    assert not _purchase_permitted("B-8", 1)
    assert [(row, handle) for row, handle, _ in result.refusals] == [(3, "ball")]
    assert "did not count this variant's stock" in result.refusals[0][2]


def test_a_later_export_that_stops_counting_stock_makes_the_product_sellable(tmp_path):
    _import(tmp_path, "wrap,Wrap,Title,Default Title,W-1,shopify,0,4.00,,TRUE")
    result = _import(tmp_path, "wrap,Wrap,Title,Default Title,W-1,,,4.00,,TRUE")
    assert result.counts["updated"] == 1
    assert _purchase_permitted("W-1", 3)
    assert _import(tmp_path, "wrap,Wrap,Title,Default Title,W-1,,,4.00,,TRUE").counts["unchanged"] == 1


def test_the_compare_at_price_is_kept_with_the_variant(tmp_path):
    _import(tmp_path, "oil,Oil,Title,Default Title,OIL-1,shopify,3,24.99,29.99,TRUE")
    record = ShopifyRecord.objects.get(handle="oil")
    assert record.compare_at_price == Decimal("29.99")
    assert StockRecord.objects.get(partner_sku="OIL-1").price == Decimal("24.99")


def test_a_variant_shopify_did_not_tax_is_kept_taxed_and_reported(tmp_path):
    result = _import(tmp_path, "oil,Oil,Title,Default Title,OIL-1,shopify,3,24.99,,FALSE")
    assert ShopifyRecord.objects.get(handle="oil").taxable is False
    assert result.refusals == [(2, "oil", result.refusals[0][2])]
    assert "charges sales tax on every product" in result.refusals[0][2]


def test_a_shopper_can_put_stock_shopify_does_not_count_in_the_basket_but_not_a_sold_out_one(tmp_path, client):
    _import(tmp_path, "gift-wrap,Gift wrap,Title,Default Title,GW-1,,,4.00,,TRUE",
            "oil,Oil,Title,Default Title,OIL-1,shopify,0,24.99,,TRUE")
    wrap = StockRecord.objects.get(partner_sku="GW-1").product
    oil = StockRecord.objects.get(partner_sku="OIL-1").product
    client.post(f"/basket/add/{wrap.pk}/", {"quantity": 25})
    client.post(f"/basket/add/{oil.pk}/", {"quantity": 1})
    Line = get_model("basket", "Line")
    assert list(Line.objects.values_list("product_id", "quantity")) == [(wrap.pk, 25)]
