"""Staff work at desks: at 1280 × 800 the dashboard's menu is open in full, and every page it
leads to (and an order's and a product's page), for a superuser and for a plain staff member, answers without a server error and has
no serious or critical axe-core violation, with a menu's dropdown open too. The dropdowns still
open and close from the keyboard."""
import re

import pytest
from django.contrib.auth.models import Group
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order
from playwright.sync_api import expect

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MENU = "#bottom_nav_bar"


def _sign_in(page, base, email, password, axe_check=None):
    page.goto(base + "/dashboard/login/")
    if axe_check:
        axe_check(page)
    page.get_by_label("Email address or username").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Login").click()
    expect(page).not_to_have_url(re.compile("/login/"))


def _menu_links(page):
    hrefs = page.locator(f"{MENU} a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return list(dict.fromkeys(href for href in hrefs if href and href != "#"))


@pytest.fixture
def store(live_server, django_user_model):
    """A product, an order of it (so the lists have rows, with their checkboxes), a superuser and
    a staff member with no permission beyond is_staff."""
    gun = factories.product(title="Northpoint Pro gun", with_image=False)
    basket = get_model("basket", "Basket").objects.create()
    basket.strategy = Default()
    basket.add_product(gun, 1)
    order = create_order(basket=basket)
    django_user_model.objects.create_user(
        "owner", "owner@bodybest.ca", "pw-owner-1991", is_staff=True, is_superuser=True)
    clerk = django_user_model.objects.create_user("clerk", "clerk@bodybest.ca", "pw-clerk-1991", is_staff=True)
    clerk.groups.add(Group.objects.get(name="Customer service"))  # bodybest/roles.py
    return live_server.url, [f"/dashboard/orders/{order.number}/", f"/dashboard/catalogue/products/{gun.pk}/"]


# The superuser's menu has every page; Customer service's has orders, price matches and the
# newsletter, not the Shopify import or old links (bodybest/roles.py).
@pytest.mark.parametrize("email, password, superuser", [
    ("owner@bodybest.ca", "pw-owner-1991", True),
    ("clerk@bodybest.ca", "pw-clerk-1991", False),
])
def test_every_page_of_the_menu_is_accessible_at_desk_width(desktop_page, store, axe_check, email, password,
                                                             superuser):
    page, (base, beyond_the_menu) = desktop_page, store
    _sign_in(page, base, email, password)
    page.goto(base + "/dashboard/")
    links = _menu_links(page)
    for ours in ("/dashboard/price-match/", "/dashboard/newsletter/", "/dashboard/orders/"):
        assert ours in links
    for content in ("/dashboard/shopify/", "/dashboard/old-links/"):
        assert (content in links) is superuser
    expect(page.locator(MENU)).to_be_visible()  # the menu is open, not folded behind a button

    failures = []
    for href in ["/dashboard/", *links, *(beyond_the_menu if superuser else [])]:
        response = page.goto(base + href)
        if response.status != 200:
            failures.append(f"{href}: {response.status}")
            continue
        try:
            axe_check(page)
        except AssertionError as error:
            failures.append(str(error).splitlines()[0])
    assert failures == [], "\n".join(failures)


def test_a_menu_dropdown_opens_and_closes_from_the_keyboard_and_stays_accessible(desktop_page, store, axe_check):
    page, (base, _) = desktop_page, store
    _sign_in(page, base, "owner@bodybest.ca", "pw-owner-1991", axe_check)
    page.goto(base + "/dashboard/")
    toggle = page.locator(f"{MENU} .dropdown-toggle").first
    menu = page.locator(f"{MENU} .dropdown-menu").first
    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    axe_check(page)
    page.keyboard.press("ArrowDown")
    expect(menu.locator(".dropdown-item").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()
