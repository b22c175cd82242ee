"""Oscar's basket page refuses a formset whose management form is missing, incomplete or
claims more forms than the basket has lines, with a message and before building any form:
it was a 500 and up to 2,000 forms' worth of CPU per request."""
import time

import pytest
from oscar.apps.basket.formsets import BaseBasketLineFormSet, BaseSavedLineFormSet

from tests.checkout.buying import weighed_product

pytestmark = pytest.mark.django_db
MESSAGE = "Your basket changed since this page was shown"


@pytest.fixture
def forms_built(monkeypatch):
    built = []
    for formset in (BaseBasketLineFormSet, BaseSavedLineFormSet):
        original = formset._construct_form

        def counting(self, i, _original=original, **kwargs):
            built.append(i)
            return _original(self, i, **kwargs)

        monkeypatch.setattr(formset, "_construct_form", counting)
    return built


def _basket(client, lines=1):
    products = [weighed_product("50.00") for _ in range(lines)]
    for product in products:
        client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    return client.get("/basket/").context["basket"]


def _management(total, initial, prefix="form"):
    return {f"{prefix}-TOTAL_FORMS": total, f"{prefix}-INITIAL_FORMS": initial,
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


HOSTILE = {
    "huge-total": _management("100000000", "0"),
    "huge-total-and-initial": _management("100000000", "100000000"),
    "total-above-lines": _management("3", "1"),
    "missing": {},
    "missing-total": {"form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0", "form-MAX_NUM_FORMS": "1000"},
    "missing-initial": {"form-TOTAL_FORMS": "1", "form-MIN_NUM_FORMS": "0", "form-MAX_NUM_FORMS": "1000"},
    "missing-min-max": {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1"},
    "words": _management("many", "some"),
    "negative": _management("-1", "-5"),
    "initial-above-total": _management("0", "1"),
    "digits-5000": _management("9" * 5000, "0"),
}


@pytest.mark.parametrize("data", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_broken_management_form_gets_400_with_the_basket_as_it_is(client, forms_built, data):
    basket = _basket(client)
    before = list(basket.all_lines().values_list("pk", "quantity"))
    forms_built.clear()
    started = time.process_time()
    response = client.post("/basket/", data)
    spent = time.process_time() - started
    assert response.status_code == 400
    assert MESSAGE in response.content.decode()
    assert list(basket.all_lines().values_list("pk", "quantity")) == before
    # The page shows the basket afresh (one form per line), nothing built from the post.
    assert forms_built == [0]
    assert spent < 1.0, spent


def test_a_removal_without_the_optional_counts_no_longer_fails(client, forms_built):
    """Oscar copies MIN_NUM_FORMS and MAX_NUM_FORMS back after a removal; without them it
    raised. Our page always sends them; a post without them is refused."""
    basket = _basket(client, lines=2)
    first, second = basket.all_lines()
    response = client.post("/basket/", {
        "form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2",
        "form-0-id": first.pk, "form-0-quantity": "1", "form-0-DELETE": "on",
        "form-1-id": second.pk, "form-1-quantity": "abc",
    })
    assert response.status_code == 400
    assert basket.all_lines().count() == 2


def test_the_basket_page_still_updates_quantities_and_removes_lines(client):
    basket = _basket(client, lines=2)
    first, second = basket.all_lines()
    response = client.post("/basket/", {
        **_management("2", "2"),
        "form-0-id": first.pk, "form-0-quantity": "3",
        "form-1-id": second.pk, "form-1-quantity": "1", "form-1-DELETE": "on",
    })
    assert response.status_code == 302
    assert list(basket.all_lines().values_list("pk", "quantity")) == [(first.pk, 3)]


def test_oscars_basket_script_gets_the_fresh_basket_and_the_message(client):
    _basket(client)
    response = client.post("/basket/", _management("100000000", "0"),
                           HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    body = response.json()
    assert MESSAGE in str(body["messages"])
    assert 'id="basket_formset"' in body["content_html"]


def test_the_saved_for_later_list_refuses_a_huge_management_form(client, django_user_model, forms_built):
    client.force_login(django_user_model.objects.create_user("sam", "sam@example.ca", "pw-sam-1991"))
    _basket(client)
    forms_built.clear()
    response = client.post("/basket/saved/", _management("100000000", "0", prefix="saved"))
    assert response.status_code == 400
    assert forms_built == []
