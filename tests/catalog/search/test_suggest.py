"""Suggestions while typing (engine.suggest)."""
from decimal import Decimal

import pytest

from catalog.search import engine

pytestmark = pytest.mark.django_db


def test_typing_part_of_a_word_suggests_products_with_price_and_picture(shop):
    products, _ = shop
    found = engine.suggest("trig")
    assert [p["id"] for p in found["products"]] == [products["ball"].pk]
    ball = found["products"][0]
    assert ball["title"] == "Trigger point ball"
    assert ball["price"] == Decimal("12.50")
    assert ball["image"].startswith("images/") and ball["image"].endswith(".jpg")


def test_suggestions_include_categories_and_respect_the_limit(shop):
    products, categories = shop
    found = engine.suggest("massage g", limit=5)
    assert [p["id"] for p in found["products"]] == [products["gun"].pk]
    assert found["categories"] == [{"id": categories["guns"].pk, "name": "Massage guns"}]
    assert len(engine.suggest("mass", limit=2)["products"]) == 2


def test_titles_starting_with_the_word_come_first_and_accents_are_ignored(shop):
    products, _ = shop
    assert engine.suggest("cre")["products"][0]["id"] == products["creme"].pk
    assert engine.suggest("crè")["products"][0]["id"] == products["creme"].pk
    names = [p["title"] for p in engine.suggest("oil")["products"]]
    assert names == ["Eucalyptus essential oil"]
    assert [c["name"] for c in engine.suggest("oil")["categories"]] == ["Oils", "Essential oils"]


def test_too_short_or_empty_input_suggests_nothing(shop):
    assert engine.suggest("") == {"products": [], "categories": []}
    assert engine.suggest("m") == {"products": [], "categories": []}
    assert engine.suggest("%_") == {"products": [], "categories": []}
