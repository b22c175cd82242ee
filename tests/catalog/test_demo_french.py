"""The demo store in French: every demo product, category, attribute and article, the
trigger-point article included, and every generated product (catalog/demo/data_fr.py,
blog/demo/articles_fr.py, catalog/demo/generate.py)."""
import pytest
from django.core.management import call_command
from oscar.core.loading import get_model

from blog.demo import articles, articles_fr
from catalog.demo import data, data_fr
from catalog.demo.generate import RECIPES, spec_for

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")


def _category_slugs(specs):
    for spec in specs:
        yield spec["slug"]
        yield from _category_slugs(spec.get("children", []))


def test_every_demo_product_category_attribute_and_article_has_its_french():
    assert set(data_fr.PRODUCTS) == {p["upc"] for p in data.PRODUCTS}
    assert set(data_fr.CATEGORIES) == set(_category_slugs(data.CATEGORIES))
    codes = {a["code"] for c in data.PRODUCT_CLASSES for a in c["attributes"]}
    assert codes <= set(data_fr.ATTRIBUTE_NAMES)
    assert set(articles_fr.ARTICLES) == {a["slug"] for a in articles.ARTICLES}
    for french in articles_fr.ARTICLES.values():
        assert len(french["seo_title"]) <= 70 and len(french["seo_description"]) <= 160
        assert len(french["excerpt"]) <= 300


def test_generated_products_are_french_in_every_recipe():
    specs = [spec_for(n) for n in range(1, 2001)]
    assert {s["product_class"] for s in specs} == {r[0] for r in RECIPES}
    for spec in specs:
        assert spec["title_fr"] != spec["title"] and spec["description_fr"].startswith("<p>")
        assert "Vendu par Body Best" in spec["description_fr"]
    oil = next(s for s in specs if s["product_class"] == "essential-oil")
    assert oil["title_fr"].startswith("Huile essentielle ")


@pytest.mark.django_db
def test_the_demo_store_loads_french_for_everything(search_index, monkeypatch):
    monkeypatch.setenv("DEMO_STAFF_PASSWORD", "demo-pass-for-tests")
    call_command("load_demo_store", "--products", "120")
    from blog.models import Article, Author

    assert Product.objects.count() == 120
    assert not Product.objects.filter(title_fr_ca__isnull=True).exists()
    assert not Product.objects.filter(slug_fr_ca__isnull=True).exists()
    assert not Product.objects.filter(description_fr_ca__isnull=True).exists()
    assert not Category.objects.filter(name_fr_ca__isnull=True).exists()
    assert not ProductAttribute.objects.filter(name_fr_ca__isnull=True).exists()
    assert not ProductAttributeValue.objects.filter(attribute__type="text", value_text_fr_ca__isnull=True).exists()
    assert Article.objects.count() == len(articles.ARTICLES)
    assert not Article.objects.filter(body_html_fr_ca="").exists()
    assert not Author.objects.filter(bio_fr_ca__isnull=True).exists()
    assert not Author.objects.filter(role_fr_ca__isnull=True).exists()
    trigger = Article.objects.get(slug_en_ca="trigger-point-therapy-stones-and-massage-guns")
    assert trigger.slug_fr_ca == "therapie-des-points-gachettes-pierres-et-pistolets-de-massage"
    assert "<h2>Qu’est-ce qu’un point gâchette?</h2>" in trigger.body_html_fr_ca
    assert trigger.title_en_ca.startswith("Trigger-Point Therapy")  # English untouched
    gun = Product.objects.get(upc="BB-MG-0001")
    assert (gun.title_en_ca, gun.title_fr_ca) == ("Northpoint Pro Percussion Massager", "Masseur à percussion Northpoint Pro")
