"""A staff member in Chromium points an old Shopify address at a product in the dashboard (Old
links): the form first refuses a target that is an old address itself, then takes the product's
page; a visitor following the old link, in English or French, lands on the product at once.
Staff then find it in the list, and delete it after confirming. axe finds nothing serious."""
import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from bodybest import old_links
from tests import factories
from tests.browser.staff import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def store(live_server, django_user_model, search_index):
    staffer = django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991", is_staff=True)
    staffer.groups.add(Group.objects.get(name="Content"))  # its role (bodybest/roles.py)
    gun = factories.product(title="Northpoint Pro percussion gun")
    old_links.record("/products/northpoint", "/catalogue/", "product")
    search_index()
    return live_server.url, gun.get_absolute_url()


def test_staff_add_an_old_link_and_a_visitor_following_it_lands_on_the_new_page(page, browser, store, axe_check):
    base, product_url = store
    log_in(page, base)
    page.goto(base + "/dashboard/")
    expect(page.locator('a[href="/dashboard/old-links/"]').first).to_contain_text("Old links")
    page.goto(base + "/dashboard/old-links/")
    expect(page.get_by_role("heading", name="Old links")).to_be_visible()
    axe_check(page)

    page.get_by_role("link", name="Add an old link").click()
    page.get_by_label("Old address").fill("https://bodybest.ca/Products/Northpoint-Pro-Gun/?variant=8")
    page.get_by_label("Leads to").fill("/products/northpoint")
    page.get_by_label("Kind").select_option("product")
    page.get_by_role("button", name="Add the old link").click()
    expect(page.get_by_text("Nothing was saved")).to_be_visible()
    expect(page.get_by_text("/products/northpoint is an old address itself, which leads to /catalogue/")).to_be_visible()
    axe_check(page)

    page.get_by_label("Leads to").fill(product_url)
    page.get_by_role("button", name="Add the old link").click()
    expect(page.get_by_text(f"Old link added: /products/northpoint-pro-gun now leads to {product_url}.")).to_be_visible()
    row = page.locator("tr", has_text="/products/northpoint-pro-gun")
    expect(row).to_contain_text(product_url)
    axe_check(page)

    visitor = browser.new_context().new_page()
    visitor.goto(base + "/products/northpoint-pro-gun?variant=8")
    expect(visitor).to_have_url(base + product_url)
    expect(visitor.get_by_role("heading", level=1, name="Northpoint Pro percussion gun")).to_be_visible()
    visitor.goto(base + "/fr/products/northpoint-pro-gun")
    expect(visitor).to_have_url(re.compile(r"/fr/catalogue/[^/]+_\d+/$"))
    expect(visitor.get_by_role("heading", level=1, name="Northpoint Pro percussion gun")).to_be_visible()

    page.reload()
    expect(row.locator(".ol-number")).to_have_text("2")
    page.get_by_role("link", name="Delete /products/northpoint-pro-gun").click()
    expect(page.get_by_role("heading", name="Delete /products/northpoint-pro-gun?")).to_be_visible()
    axe_check(page)
    page.get_by_role("button", name="Delete the old link").click()
    expect(page.get_by_text("Old link deleted: /products/northpoint-pro-gun")).to_be_visible()

    response = visitor.goto(base + "/products/northpoint-pro-gun")
    assert response.status == 404
    expect(visitor.get_by_role("searchbox", name="Search products").last).to_have_value("northpoint pro gun")
    visitor.context.close()
