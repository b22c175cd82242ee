"""Requests to the comparison page and the forms that change the list
(catalog/comparison_views.py): without JavaScript (redirects and messages) and with it (JSON)."""
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from catalog.comparison import EM_DASH, MAX_SHARE_LENGTH
from catalog.comparison_list import SESSION_KEY
from tests import factories

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def guns(search_index):
    category = factories.category("Massage guns")
    specs = [
        {"brand": "Northpoint", "amplitude": 16.0, "stall_force": 60, "speeds": 5, "battery_life": 4.5},
        {"brand": "Ridgeback", "amplitude": 12.0, "stall_force": 40, "speeds": 5},
        {"brand": "Tidewater", "amplitude": 10.0, "stall_force": 35, "speeds": 3, "battery_life": 3.0},
        {"brand": "Coastline", "amplitude": 8.0, "stall_force": 25, "speeds": 3, "battery_life": 2.0},
    ]
    titles = ["Northpoint Pro", "Ridgeback Mini", "Tidewater Go", "Coastline Lite"]
    made = [
        factories.product(title=t, attributes=a, in_category=category) for t, a in zip(titles, specs)
    ]
    search_index()
    return made


def _ids(client):
    return client.session.get(SESSION_KEY, [])


def _add(client, product_id, **extra):
    return client.post("/compare/add/", {"product": product_id, "next": "/catalogue/"}, **extra)


# Adding, removing, replacing ------------------------------------------------------------------

def test_adding_without_javascript_goes_back_with_a_message_and_fills_the_tray(client, guns):
    response = _add(client, guns[0].pk, follow=True)
    assert response.redirect_chain == [("/catalogue/", 302)]
    page = response.content.decode()
    assert "Added Northpoint Pro to your comparison list" in page
    assert "Select 2 or 3 items to compare" in page
    assert "Select second item to compare" in page and "Select third item to compare" in page
    assert 'class="compare-toggle is-listed"' in page
    assert _ids(client) == [guns[0].pk]


def test_adding_with_javascript_answers_json_with_the_new_tray(client, guns):
    _add(client, guns[0].pk, **JSON)
    response = _add(client, guns[1].pk, **JSON)
    data = response.json()
    assert response.status_code == 200 and data["ok"] is True
    assert data["ids"] == [guns[0].pk, guns[1].pk]
    assert "2 of 3 items selected" in data["tray"]
    assert "Ridgeback Mini" in data["tray"] and "Select third item to compare" in data["tray"]


def test_the_compare_button_works_from_two_items(client, guns):
    _add(client, guns[0].pk)
    assert 'type="submit" class="btn btn-primary" disabled' in client.get("/catalogue/").content.decode()
    _add(client, guns[1].pk)
    assert 'type="submit" class="btn btn-primary" disabled' not in client.get("/catalogue/").content.decode()


def test_adding_the_same_product_twice_keeps_it_once(client, guns):
    _add(client, guns[0].pk)
    response = _add(client, guns[0].pk, **JSON)
    assert response.json()["message"] == "Northpoint Pro is already in your comparison list."
    assert _ids(client) == [guns[0].pk]


def test_a_fourth_item_with_javascript_is_refused_with_an_offer_to_replace(client, guns):
    for gun in guns[:3]:
        _add(client, gun.pk)
    response = _add(client, guns[3].pk, **JSON)
    data = response.json()
    assert response.status_code == 409
    assert "You can compare up to 3 items" in data["message"]
    assert "Replace Northpoint Pro" in data["choice"] and "Keep my list as it is" in data["choice"]
    assert _ids(client) == [g.pk for g in guns[:3]]


def test_a_fourth_item_without_javascript_leads_to_a_choice_then_replaces_one(client, guns):
    for gun in guns[:3]:
        _add(client, gun.pk)
    response = _add(client, guns[3].pk)
    assert response.status_code == 302 and response["Location"].startswith("/compare/replace/")
    choice = client.get(response["Location"])
    assert "You can compare up to 3 items" in choice.content.decode()
    assert _ids(client) == [g.pk for g in guns[:3]]

    response = client.post("/compare/replace/apply/", {
        "product": guns[3].pk, "replace": guns[1].pk, "next": "/catalogue/",
    })
    assert response["Location"] == "/catalogue/"
    assert _ids(client) == [guns[0].pk, guns[3].pk, guns[2].pk]


def test_removing_and_clearing(client, guns):
    for gun in guns[:3]:
        _add(client, gun.pk)
    response = client.post("/compare/remove/", {"product": guns[1].pk}, **JSON)
    assert response.json()["message"] == "Removed Ridgeback Mini from your comparison list."
    assert _ids(client) == [guns[0].pk, guns[2].pk]
    client.post("/compare/clear/")
    assert _ids(client) == []
    assert 'class="compare-tray"' not in client.get("/catalogue/").content.decode()


# Bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["abc", "", "-3", "0", "1.5", "99999999999", "1 OR 1=1"])
@pytest.mark.parametrize("as_json", [False, True])
def test_a_malformed_product_number_is_400_with_a_message_and_changes_nothing(client, guns, value, as_json):
    _add(client, guns[0].pk)
    response = client.post("/compare/add/", {"product": value}, **(JSON if as_json else {}))
    assert response.status_code == 400
    text = response.json()["message"] if as_json else response.content.decode()
    assert "Choose a product." in text or "not a product number we know" in text or "Ensure" in text
    assert _ids(client) == [guns[0].pk]


def test_an_unknown_product_is_refused_with_a_message(client, guns):
    response = _add(client, 987654, **JSON)
    assert response.status_code == 404
    assert response.json()["message"] == "That product is no longer available to compare."
    response = _add(client, 987654, follow=True)
    assert "That product is no longer available to compare." in response.content.decode()
    assert _ids(client) == []


def test_a_product_taken_off_sale_cannot_be_added(client, guns):
    guns[0].is_public = False
    guns[0].save()
    assert _add(client, guns[0].pk, **JSON).status_code == 404
    assert _ids(client) == []


@pytest.mark.parametrize("stored", [
    "garbage", {"a": 1}, [None, "x", -1, 2.5], list(range(10_000)), [10**20], [2**63, 2**31],
])
def test_tampered_session_data_never_breaks_a_page(client, guns, stored):
    session = client.session
    session[SESSION_KEY] = stored
    session.save()
    for url in ("/catalogue/", "/compare/", guns[0].get_absolute_url()):
        assert client.get(url).status_code == 200, url
    response = _add(client, guns[0].pk, **JSON)
    assert response.status_code in (200, 409)


def test_forms_need_the_csrf_token(guns):
    strict = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    assert strict.post("/compare/add/", {"product": guns[0].pk}).status_code == 403


def test_changes_are_posts_only(client, guns):
    assert client.get(f"/compare/add/?product={guns[0].pk}").status_code == 405
    assert _ids(client) == []


def test_going_back_never_leaves_the_store(client, guns):
    response = client.post("/compare/add/", {"product": guns[0].pk, "next": "https://evil.example/"})
    assert response["Location"] == "/compare/"
    response = client.post("/compare/remove/", {"product": guns[0].pk},
                           HTTP_REFERER="https://evil.example/catalogue/")
    assert response["Location"] == "/compare/"
    response = client.post("/compare/add/", {"product": guns[0].pk}, HTTP_REFERER="http://localhost/search/")
    assert response["Location"] == "/search/"  # our own page, as a path (bodybest/redirects.py)


def test_a_very_long_page_address_does_not_stop_the_change(client, guns):
    response = client.post("/compare/add/", {"product": guns[0].pk, "next": "/catalogue/?q=" + "x" * 5000})
    assert response.status_code == 302 and response["Location"] == "/compare/"
    assert _ids(client) == [guns[0].pk]


def test_removing_never_names_a_product_the_shop_does_not_show(client, guns):
    guns[0].is_public = False
    guns[0].title = "Secret prototype"
    guns[0].save()
    message = client.post("/compare/remove/", {"product": guns[0].pk}, **JSON).json()["message"]
    assert "Secret prototype" not in message
    assert message == "That product was not in your comparison list."


def test_a_withdrawn_product_does_not_hold_a_slot(client, guns):
    for gun in guns[:3]:
        _add(client, gun.pk, **JSON)
    guns[2].is_public = False
    guns[2].save()
    response = _add(client, guns[3].pk, **JSON)
    assert response.status_code == 200
    assert response.json()["ids"] == [guns[0].pk, guns[1].pk, guns[3].pk]


def test_a_product_withdrawn_after_it_was_chosen_is_dropped_with_a_note(client, guns):
    _add(client, guns[0].pk, **JSON)
    _add(client, guns[1].pk, **JSON)
    guns[1].is_public = False
    guns[1].save()
    page = client.get("/compare/").content.decode()
    assert "no longer available and was taken off your list" in page
    assert "Ridgeback Mini" not in page
    assert _ids(client) == [guns[0].pk]


# The comparison page ------------------------------------------------------------------------

def test_the_page_shows_the_products_side_by_side_with_a_dash_for_missing_specifications(client, guns):
    for gun in guns[:2]:
        _add(client, gun.pk)
    response = client.get("/compare/")
    rows = {row.name: row.values for row in response.context["rows"]}
    assert rows["Brand"] == ("Northpoint", "Ridgeback")
    assert rows["Amplitude (mm)"] == ("16", "12")
    assert rows["Battery life (h)"] == ("4.5", EM_DASH)
    assert [r.name for r in response.context["rows"]][-1] == "Battery life (h)"  # only one has it
    page = response.content.decode()
    assert page.count('aria-label="Add to basket: Northpoint Pro"') == 1
    assert "Remove<span class=\"sr-only\"> Ridgeback Mini</span> from comparison" in page


def test_show_only_differences_hides_rows_where_all_agree(client, guns):
    for gun in guns[:2]:
        _add(client, gun.pk)
    page = client.get("/compare/?differences=1").content.decode()
    assert '<tr class="compare-spec" data-same="true" hidden>' in page  # Speeds: 5 and 5
    assert page.count('data-same="false"') == 4  # brand, amplitude, stall force, battery life


def test_an_empty_list_explains_how_to_fill_it(client):
    page = client.get("/compare/").content.decode()
    assert "Your comparison list is empty." in page


def test_specifications_of_different_product_classes_follow_each_class_in_turn(client, guns):
    # The table class's attributes are defined after the gun's; the table is chosen first.
    table_class = factories.product_class("Massage table", [
        ("width", "Width (cm)", "integer"), ("brand", "Brand", "text"), ("lift", "Lift", "text"),
    ])
    from oscar.test.factories import create_product
    table = create_product(title="Harbour table", product_class=table_class.name, price=499, num_in_stock=3)
    for code, value in {"brand": "Harbour", "width": 71, "lift": "Electric"}.items():
        table_class.attributes.get(code=code).save_value(table, value)
    _add(client, table.pk)
    _add(client, guns[0].pk)
    names = [r.name for r in client.get("/compare/").context["rows"]]
    assert names[0] == "Brand"  # the only one both have
    # Then the table's own, in its class's order, then the gun's, in its class's order.
    assert names[1:] == ["Width (cm)", "Lift", "Amplitude (mm)", "Stall force (lb)", "Speeds",
                         "Battery life (h)"]


# Share links ----------------------------------------------------------------------------------

def test_a_share_link_shows_the_same_table_without_touching_the_visitors_list(client, guns):
    _add(client, guns[3].pk)
    link = f"/compare/?products={guns[0].slug},{guns[1].slug}"
    response = client.get(link)
    assert [p.pk for p in response.context["products"]] == [guns[0].pk, guns[1].pk]
    assert "Keep this comparison as my list" in response.content.decode()
    assert _ids(client) == [guns[3].pk]

    client.post("/compare/keep/", {"products": f"{guns[0].slug},{guns[1].slug}"})
    assert _ids(client) == [guns[0].pk, guns[1].pk]


def test_the_share_link_of_a_list_names_its_products(client, guns):
    for gun in guns[:2]:
        _add(client, gun.pk)
    response = client.get("/compare/")
    assert response.context["share_url"] == (
        f"http://localhost/compare/?products={guns[0].slug},{guns[1].slug}"
    )


@pytest.mark.parametrize("query, message", [
    ("x" * (MAX_SHARE_LENGTH + 1), "too long"),
    ("a,b,c,d", "at most 3 products"),
    ("gun,%3Cscript%3E", "do not recognise"),
])
def test_a_bad_share_link_is_400_with_a_reason(client, query, message):
    response = client.get(f"/compare/?products={query}")
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_share_link_whose_products_are_all_gone_is_404(client, guns):
    response = client.get("/compare/?products=no-such-gun,nor-this-one")
    assert response.status_code == 404
    assert "None of the products in this comparison link are available" in response.content.decode()


def test_the_share_link_of_ones_own_list_shows_it_as_ones_own(client, guns):
    for gun in guns[:2]:
        _add(client, gun.pk)
    response = client.get(f"/compare/?products={guns[0].slug},{guns[1].slug}&differences=1")
    assert response["Location"] == "/compare/?differences=1"


def test_an_empty_share_link_shows_ones_own_list(client, guns):
    assert client.get("/compare/?products=")["Location"] == "/compare/"


def test_the_share_page_answers_head_requests(client, guns):
    assert client.head(f"/compare/?products={guns[0].slug}").status_code == 200


def test_a_share_link_with_some_products_gone_shows_the_rest_with_a_note(client, guns):
    response = client.get(f"/compare/?products={guns[0].slug},retired-gun")
    assert response.status_code == 200
    assert "One product in this link is no longer available" in response.content.decode()


def test_keeping_a_bad_share_link_is_refused(client, guns):
    assert client.post("/compare/keep/", {"products": "a,b,c,d"}).status_code == 400
    assert client.post("/compare/keep/", {"products": "gone-one"}).status_code == 404
    assert client.post("/compare/keep/", {}).status_code == 400


# Query budgets --------------------------------------------------------------------------------

def _queries(client, url):
    client.get(url)  # first renders make thumbnails, shared by every later visitor
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_the_comparison_page_of_three_products_stays_within_12_queries(client, guns):
    for gun in guns[:3]:
        _add(client, gun.pk)
    assert _queries(client, "/compare/") <= 12


def test_a_signed_in_customers_comparison_page_stays_within_12_queries(client, guns, django_user_model):
    user = django_user_model.objects.create_user("ann", "ann@example.ca", "pw-ann-1991")
    client.force_login(user)
    for gun in guns[:3]:
        _add(client, gun.pk)
    assert _queries(client, "/compare/") <= 12


def test_a_share_link_page_stays_within_12_queries(client, guns):
    assert _queries(client, "/compare/?products=" + ",".join(g.slug for g in guns[:3])) <= 12


def test_a_signed_in_visitors_share_link_page_stays_within_12_queries(client, guns, django_user_model):
    client.force_login(django_user_model.objects.create_user("bo", "bo@example.ca", "pw-bo-1991"))
    _add(client, guns[3].pk)
    assert _queries(client, "/compare/?products=" + ",".join(g.slug for g in guns[:3])) <= 12


def test_comparing_three_products_sold_in_variants_stays_within_12_queries(client, db):
    families = [factories.parent_product(variants=3) for _ in range(3)]
    for family in families:
        _add(client, family.pk)
    response = client.get("/compare/")
    assert "$149.00" in response.content.decode()
    assert _queries(client, "/compare/") <= 12


@pytest.mark.parametrize("kind", ["standalone products", "products sold in variants"])
def test_the_tray_costs_the_same_whatever_the_number_of_products_listed(client, search_index, kind):
    category = factories.category("Massage guns")
    if kind == "standalone products":
        chosen = factories.products(3, in_category=category)
    else:
        chosen = [factories.parent_product(in_category=category) for _ in range(3)]
    for product in chosen:
        _add(client, product.pk)
    search_index()
    url = category.get_absolute_url()
    few = _queries(client, url)
    factories.products(20, in_category=category)
    search_index()
    many = _queries(client, url)
    client.post("/compare/clear/")
    without_tray = _queries(client, url)
    assert few == many, f"{few} queries with 3 products listed, {many} with 23"
    assert many - without_tray <= 6, f"the tray costs {many - without_tray} queries"


# Where "Add to compare" appears ---------------------------------------------------------------

def test_a_product_sold_in_variants_is_compared_through_its_page_not_its_variants(client, db):
    family = factories.parent_product(title="Ridgeback family")
    assert 'aria-label="Add to compare: Ridgeback family"' in client.get(family.get_absolute_url()).content.decode()
    variant = family.children.first()
    page = client.get(variant.get_absolute_url()).content.decode()
    assert f'aria-label="Add to compare: {variant.get_title()}"' not in page
    assert variant.get_title() in page


def test_the_product_page_offers_compare_and_shows_when_the_product_is_listed(client, guns):
    url = guns[0].get_absolute_url()
    assert 'aria-label="Add to compare: Northpoint Pro"' in client.get(url).content.decode()
    _add(client, guns[0].pk)
    assert 'aria-label="In compare list: Northpoint Pro (remove it)"' in client.get(url).content.decode()


@pytest.mark.parametrize("url", ["/catalogue/", "/search/?q=quiet", "/"])
def test_every_product_card_offers_compare(client, guns, url):
    page = client.get(url).content.decode()
    assert page.count('aria-label="Add to compare: ') >= 3, url
