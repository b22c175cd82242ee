"""The comparison rules in catalog/comparison.py, as plain functions."""
import pytest

from catalog import comparison as c


def test_adding_puts_the_product_at_the_end():
    assert c.add_item((4, 9), 2) == c.Change((4, 9, 2), c.ADDED)


def test_adding_a_product_already_listed_changes_nothing():
    assert c.add_item((4, 9), 9) == c.Change((4, 9), c.ALREADY)


def test_fourth_item_is_refused_and_the_three_chosen_are_kept():
    assert c.add_item((4, 9, 2), 7) == c.Change((4, 9, 2), c.FULL)


def test_the_refusal_names_the_limit_and_offers_to_replace_one():
    message = c.full_message("Ridgeback mini gun")
    assert "up to 3 items" in message
    assert "Replace one of them with Ridgeback mini gun" in message


def test_removing_keeps_the_order_of_the_others():
    assert c.remove_item((4, 9, 2), 9) == c.Change((4, 2), c.REMOVED)


def test_removing_a_product_not_listed_changes_nothing():
    assert c.remove_item((4, 9), 5) == c.Change((4, 9), c.ABSENT)


def test_replacing_puts_the_new_product_in_the_old_ones_slot():
    assert c.replace_item((4, 9, 2), 9, 7) == c.Change((4, 7, 2), c.REPLACED)


def test_replacing_a_product_another_tab_removed_is_an_add():
    assert c.replace_item((4, 2), 9, 7) == c.Change((4, 2, 7), c.ADDED)


def test_replacing_with_a_product_already_listed_changes_nothing():
    assert c.replace_item((4, 9, 2), 4, 9) == c.Change((4, 9, 2), c.ALREADY)


@pytest.mark.parametrize("stored, cleaned", [
    ([3, 5], (3, 5)),
    (None, ()),
    ("3,5", ()),
    ({"ids": [3]}, ()),
    ([3, "5", 5.0, None, [7], True, -2, 0, 5], (3, 5)),
    ([3, 3, 3, 4], (3, 4)),
    (list(range(1, 1000)), (1, 2, 3)),
])
def test_tampered_stored_lists_become_at_most_three_distinct_positive_ids(stored, cleaned):
    assert c.clean_ids(stored) == cleaned


def test_login_merge_puts_what_was_just_chosen_first_and_fills_free_slots_from_the_account():
    assert c.merge_lists((5, 6), (1, 5, 2)) == ((5, 6, 1), (2,))


def test_login_merge_with_nothing_saved_keeps_the_signed_out_list():
    assert c.merge_lists((5,), ()) == ((5,), ())


@pytest.mark.parametrize("count, status", [
    (0, ""),
    (1, "Select 2 or 3 items to compare"),
    (2, "2 of 3 items selected"),
    (3, "3 of 3 items selected"),
])
def test_the_tray_says_how_many_items_are_chosen(count, status):
    assert c.tray_status(count) == status


def test_empty_slots_prompt_for_the_next_item_in_order():
    assert c.empty_slot_prompts(0) == [
        "Select first item to compare", "Select second item to compare", "Select third item to compare",
    ]
    assert c.empty_slot_prompts(1) == ["Select second item to compare", "Select third item to compare"]
    assert c.empty_slot_prompts(3) == []


@pytest.mark.parametrize("count, ready", [(0, False), (1, False), (2, True), (3, True)])
def test_compare_is_possible_with_two_or_three_items(count, ready):
    assert c.can_compare(count) is ready


def test_a_share_link_lists_slugs_in_order_without_duplicates_or_blanks():
    assert c.parse_share_slugs(" gun-a,table-b,,gun-a ") == ["gun-a", "table-b"]


@pytest.mark.parametrize("raw, reason", [
    ("a,b,c,d", "at most 3 products"),
    ("x" * (c.MAX_SHARE_LENGTH + 1), "too long"),
    ("gun-a,<script>", "do not recognise"),
    ("gun-a," + "y" * 256, "do not recognise"),
])
def test_a_share_link_that_cannot_be_ours_is_refused_with_a_reason(raw, reason):
    with pytest.raises(c.ShareLinkError, match=reason):
        c.parse_share_slugs(raw)


def test_specification_rows_follow_the_class_order_with_a_dash_for_missing_values():
    columns = [
        {"brand": "Northpoint", "amplitude": "12", "speeds": "5"},
        {"brand": "Ridgeback", "amplitude": "10"},
    ]
    order = [("brand", "Brand"), ("amplitude", "Amplitude (mm)"), ("speeds", "Speeds")]
    rows = c.specification_rows(columns, order)
    assert [(r.name, r.values) for r in rows] == [
        ("Brand", ("Northpoint", "Ridgeback")),
        ("Amplitude (mm)", ("12", "10")),
        ("Speeds", ("5", c.EM_DASH)),
    ]


def test_attributes_only_one_product_has_come_last():
    columns = [
        {"brand": "Oakworks", "width": "71", "weight": "14"},
        {"brand": "Earthlite", "weight": "15"},
        {"brand": "Stronglite", "weight": "13", "lift": "Hydraulic"},
    ]
    order = [("brand", "Brand"), ("width", "Width (cm)"), ("weight", "Weight (kg)"), ("lift", "Lift")]
    rows = c.specification_rows(columns, order)
    assert [r.code for r in rows] == ["brand", "weight", "width", "lift"]


def test_rows_say_whether_the_products_differ():
    columns = [{"speeds": "5", "brand": "A"}, {"speeds": "5", "brand": "B"}, {"brand": "C"}]
    rows = {r.code: r for r in c.specification_rows(columns, [("speeds", "Speeds"), ("brand", "Brand")])}
    assert rows["brand"].differs is True
    assert rows["speeds"].differs is True  # two have 5, the third has none: that is a difference


def test_rows_where_every_product_agrees_are_not_differences():
    columns = [{"speeds": "5"}, {"speeds": "5"}]
    assert c.specification_rows(columns, [("speeds", "Speeds")])[0].differs is False


def test_an_attribute_no_product_has_gets_no_row():
    rows = c.specification_rows([{"brand": "A"}, {"brand": "B"}], [("brand", "Brand"), ("heat", "Heat")])
    assert [r.code for r in rows] == ["brand"]
