"""The Shopify product import (catalog/shopify/, `manage.py import_shopify products`), fed the
sample exports in tests/catalog/shopify_samples/, written in Shopify's documented columns."""
import csv
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model

from bodybest import old_links
from catalog.search.models import SearchDocument
from catalog.shopify import run
from catalog.shopify.mapping import plan_product
from catalog.shopify.reading import group_by_handle, read_rows
from tests import factories

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "shopify_samples"
EXPORT = SAMPLES / "products.csv"
LATER_EXPORT = SAMPLES / "products_updated.csv"  # with a BOM and Windows line endings
IMAGES = SAMPLES / "images"

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
ShopifyRecord = get_model("catalogue", "ShopifyRecord")
StockRecord = get_model("partner", "StockRecord")


def _import(path=EXPORT, **options):
    options.setdefault("download", False)  # the samples' URLs are Shopify's CDN: no network in tests
    return run.import_products(path, images_dir=IMAGES, **options)


def _product(handle):
    return ShopifyRecord.objects.get(handle=handle, option_key="").product


def _stock(sku):
    return StockRecord.objects.get(partner_sku=sku)


def _totals():
    return {model.__name__: model.objects.count() for model in (Product, StockRecord, ProductImage, Category)}


def test_a_product_with_one_variant_comes_in_standalone_with_its_price_stock_weight_and_brand():
    _import()
    oil = _product("huile-lavande")
    assert oil.structure == Product.STANDALONE
    assert oil.title == "Huile de massage à la lavande – 250 ml"
    assert oil.meta_title == "Huile à la lavande | Body Best"
    assert oil.is_public
    stock = _stock("HL-250")
    assert (stock.product, stock.price, stock.num_in_stock) == (oil, Decimal("24.99"), 12)
    assert oil.attribute_values.get(attribute__code="shipping_weight").value == pytest.approx(0.26)
    assert oil.attribute_values.get(attribute__code="brand").value == "Cèdre & Pierre"
    assert ShopifyRecord.objects.get(product=oil).compare_at_price == Decimal("29.99")
    assert [c.name for c in oil.categories.all()] == ["Huiles de massage"]


def test_the_body_is_sanitised_and_keeps_its_commas_line_break_and_accents():
    _import()
    body = _product("huile-lavande").description
    assert "<script" not in body and "alert" not in body
    assert "Huile légère, sans parfum ajouté, pour les massages suédois, profonds et sportifs." in body
    assert "\n<p>Pressée à froid au Québec.</p>" in body


def test_options_become_a_parent_with_a_child_per_variant():
    _import()
    roller, sheets, ball = _product("rouleau-mousse"), _product("drap-table"), _product("balle-massage")
    assert roller.structure == sheets.structure == Product.PARENT
    lengths = {c.attribute_values.get(attribute__code="length").value for c in roller.children.all()}
    assert lengths == {"30 cm", "45 cm", "90 cm"}
    assert sheets.children.count() == 9
    child = _stock("SH-CH-WI").product
    assert child.parent == sheets
    assert {v.attribute.code: v.value for v in child.attribute_values.all()} == {
        "colour": "Charcoal", "size": "Wide", "shipping_weight": pytest.approx(0.85)}
    assert _stock("SH-CH-WI").price == Decimal("59.00")
    assert ball.children.count() == 2  # its 8 cm row had a bad price


def test_pictures_come_in_in_order_with_their_alt_text_and_a_variant_keeps_its_own():
    _import()
    oil, roller = _product("huile-lavande"), _product("rouleau-mousse")
    assert [(i.caption, i.display_order) for i in oil.images.order_by("display_order")] == [
        ("Flacon d’huile à la lavande", 1), ("Étiquette au dos", 2)]
    assert roller.images.count() == 3
    assert _stock("FR-90").product.images.count() == 1
    assert _stock("FR-30").product.images.count() == 0


def test_a_draft_comes_in_unpublished_and_out_of_search():
    _import()
    stones = _product("pierres-chaudes")
    assert not stones.is_public
    searchable = set(SearchDocument.objects.values_list("product_id", flat=True))
    assert stones.pk not in searchable
    assert {_product(h).pk for h in ("huile-lavande", "rouleau-mousse", "drap-table", "balle-massage")} <= searchable


def test_the_report_names_the_bad_price_row_and_the_missing_picture(tmp_path):
    result = _import()
    report = tmp_path / "refused.csv"
    run.write_report(result, report)
    with report.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["row"], r["handle"]) for r in rows] == [("4", "huile-lavande"), ("19", "balle-massage")]
    assert "introuvable.jpg not found" in rows[0]["reason"]
    assert "'douze dollars' is not a number" in rows[1]["reason"]
    assert result.counts == {"created": 5, "updated": 0, "unchanged": 0, "refused": 0}


def test_the_old_product_address_leads_to_the_new_page():
    _import()
    oil = _product("huile-lavande")
    assert old_links.lookup("/products/huile-lavande") == oil.get_absolute_url()


def test_importing_the_same_export_again_changes_nothing():
    _import()
    before = _totals()
    stamps = dict(Product.objects.values_list("pk", "date_updated"))
    again = _import()
    assert again.counts == {"created": 0, "updated": 0, "unchanged": 5, "refused": 0}
    assert again.lines == []
    assert _totals() == before
    assert dict(Product.objects.values_list("pk", "date_updated")) == stamps


def test_a_dry_run_says_what_would_change_and_changes_nothing():
    out = StringIO()
    call_command("import_shopify", "products", str(EXPORT), "--images", str(IMAGES), "--dry-run",
                 "--no-download", stdout=out)
    assert "new: huile-lavande" in out.getvalue()
    assert "Dry run, nothing changed. Would be: 5 new" in out.getvalue()
    assert _totals() == {"Product": 0, "StockRecord": 0, "ProductImage": 0, "Category": 0}
    assert not ShopifyRecord.objects.exists()
    assert old_links.lookup("/products/huile-lavande") is None


def test_a_dry_run_of_a_later_export_lists_the_changes_and_keeps_the_old_values():
    _import()
    result = _import(LATER_EXPORT, dry_run=True)
    assert "changed: huile-lavande (description, price)" in result.lines
    assert _stock("HL-250").price == Decimal("24.99")


def test_a_later_export_with_a_bom_and_windows_line_endings_updates_price_stock_and_text():
    assert LATER_EXPORT.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r\n" in LATER_EXPORT.read_bytes()
    _import()
    before = _totals()
    result = _import(LATER_EXPORT)
    assert result.counts == {"created": 0, "updated": 2, "unchanged": 3, "refused": 0}
    assert _totals() == before
    assert _stock("HL-250").price == Decimal("22.99")
    assert _stock("FR-30").num_in_stock == 7
    oil = _product("huile-lavande")
    assert "Huile légère et soyeuse, sans parfum" in oil.description
    assert oil.title == "Huile de massage à la lavande – 250 ml"
    assert _import(LATER_EXPORT).counts["unchanged"] == 5


def test_the_mapping_file_files_types_and_tags_under_the_staffs_categories():
    _import(mapping_path=SAMPLES / "categories.csv")
    oil = _product("huile-lavande")
    assert sorted(c.full_name for c in oil.categories.all()) == ["Best sellers", "Massage oils > Lavender oils"]
    assert not _product("drap-table").categories.exists()  # its type is mapped to nothing
    assert [c.name for c in _product("rouleau-mousse").categories.all()] == ["Foam rollers"]


def test_one_product_that_cannot_be_saved_is_refused_and_the_rest_come_in():
    Product.objects.filter(pk=factories.product(with_image=False).pk).update(upc="FR-45")
    result = _import()
    assert result.counts["refused"] == 1 and result.counts["created"] == 4
    refused = [r for r in result.refusals if r[1] == "rouleau-mousse"]
    assert [r[0] for r in refused] == [5, 6, 7]
    assert "already used by another product" in refused[0][2]
    assert not ShopifyRecord.objects.filter(handle="rouleau-mousse").exists()
    assert _stock("SH-WH-FI").price == Decimal("64.00")


def test_a_row_without_a_handle_and_a_file_that_is_not_an_export_are_refused(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("Handle,Title,Variant Price\n,Orphan,5.00\nsolo,Solo,5.00\n", encoding="utf-8")
    result = run.import_products(export)
    assert result.refusals == [(2, "", "The row has no Handle.")]
    assert _product("solo").structure == Product.STANDALONE
    other = tmp_path / "other.csv"
    other.write_text("Name,Email\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Not a Shopify product export"):
        run.import_products(other)


def test_shopify_default_title_means_no_options():
    groups, _ = group_by_handle(read_rows(EXPORT))
    plans = {g.handle: plan_product(g)[0] for g in groups}
    assert plans["huile-lavande"].is_standalone
    assert plans["drap-table"].option_names == ["Colour", "Size"]
    assert plans["rouleau-mousse"].variants[2].weight_kg == Decimal("1.100")


def test_the_command_writes_the_report_and_prints_a_summary(tmp_path):
    report, out = tmp_path / "refused.csv", StringIO()
    call_command("import_shopify", "products", str(EXPORT), "--images", str(IMAGES), "--report", str(report),
                 "--no-download", stdout=out, stderr=StringIO())
    assert "5 new, 0 changed, 0 unchanged, 0 refused products; 2 rows in the report." in out.getvalue()
    assert report.read_text(encoding="utf-8").splitlines()[0] == "row,handle,reason"


def test_an_old_product_link_lands_on_the_imported_product_page_with_its_variants(client):
    _import()
    roller = _product("rouleau-mousse")
    response = client.get("/products/rouleau-mousse")
    assert response.status_code == 301 and response["Location"].endswith(roller.get_absolute_url())
    page = client.get(roller.get_absolute_url())
    assert page.status_code == 200
    assert "Foam roller" in page.content.decode()
