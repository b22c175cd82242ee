"""The basket page's controls are plain form buttons (templates/oscar/basket/partials/
basket_content.html): posting the basket's form with the pressed button's name and value, as a
browser without JavaScript does, removes a line or saves it for later."""
import re

import pytest

from tests.checkout.buying import weighed_product

pytestmark = pytest.mark.django_db


def _as_a_browser_posts(page, form_id, button_label):
    """The form's fields as a browser sends them when the button whose text starts with
    `button_label` is pressed: its inputs' values (checkboxes only when checked) and that
    button's name and value."""
    form = re.search(rf'<form[^>]*id="{form_id}".*?</form>', page, re.S).group(0)
    data = {}
    for tag in re.findall(r"<input[^>]*>", form):
        attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', tag))
        if attrs.get("type") == "checkbox" and "checked" not in tag:
            continue
        if "name" in attrs:
            data[attrs["name"]] = attrs.get("value", "")
    button = re.search(rf'<button type="submit"[^>]*name="([^"]+)" value="([^"]+)">{button_label}', form)
    assert button, f"no {button_label} button in #{form_id}"
    data[button.group(1)] = button.group(2)
    return data


def test_remove_takes_that_line_out_and_leaves_the_others(client):
    gun, cane = weighed_product("130.00"), weighed_product("42.50")
    for product in (gun, cane):
        client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    page = client.get("/basket/").content.decode()
    assert 'data-behaviours="remove"' not in page  # no script-only links
    remove_the_gun = _as_a_browser_posts(page, "basket_formset", "Remove")  # the first line's
    response = client.post("/basket/", remove_the_gun)
    assert response.status_code == 302
    basket = client.get("/basket/").context["basket"]
    assert [line.product for line in basket.all_lines()] == [cane]


def test_save_for_later_moves_the_line_to_the_saved_list_and_back(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("ann", "ann@example.ca", "pw-ann-1991"))
    gun = weighed_product("130.00")
    client.post(f"/basket/add/{gun.pk}/", {"quantity": 1})
    page = client.get("/basket/").content.decode()
    assert client.post("/basket/", _as_a_browser_posts(page, "basket_formset", "Save for later")).status_code == 302
    response = client.get("/basket/")
    assert response.context["basket"].num_lines == 0
    page = response.content.decode()
    assert 'id="saved_basket_formset"' in page
    assert client.post("/basket/saved/", _as_a_browser_posts(page, "saved_basket_formset", "Move to basket")).status_code == 302
    assert [line.product for line in client.get("/basket/").context["basket"].all_lines()] == [gun]
