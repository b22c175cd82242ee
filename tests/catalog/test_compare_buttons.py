"""A shared page's compare buttons turned on for a visitor's list (catalog/compare_buttons.py)
read exactly as the buttons drawn for that visitor would."""
import pytest

from catalog import compare_buttons
from catalog.templatetags.comparison import button_constants, button_html
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("block", [False, True])
def test_a_listed_products_button_turns_on_as_if_drawn_listed(block):
    listed, other = factories.product(title="Stone & oil kit"), factories.product(title="Plain roller")
    shared = button_constants("token-123", "/catalogue/?q=a&b=c")
    page = "<main>" + "".join(button_html(p, listed=False, shared=shared, block=block) for p in (listed, other)) + "</main>"
    expected = "<main>" + button_html(listed, listed=True, shared=shared, block=block) + button_html(
        other, listed=False, shared=shared, block=block) + "</main>"
    assert compare_buttons.turned_on(page, [listed.pk]) == expected


def test_nothing_changes_when_the_list_holds_none_of_the_pages_products():
    product = factories.product(title="Plain roller")
    page = button_html(product, listed=False, shared=button_constants("t", "/"))
    assert compare_buttons.turned_on(page, [product.pk + 1000]) == page
