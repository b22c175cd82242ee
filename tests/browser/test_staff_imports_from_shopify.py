"""A staff member in Chromium moves the products in from Shopify through the dashboard: they
upload the product export, read the dry run, confirm, see the import done with its figures,
and open an imported product on the storefront by its old Shopify address. While a run goes on
the page's bar follows it (static/bodybest/js/import-progress.js) and the report appears by
itself when it ends. Tasks run eagerly, after each request's commit; axe finds nothing serious."""
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from catalog.shopify import jobs, progress
from catalog.shopify.models import ImportJob
from tests.browser.staff import log_in
from tests.catalog.test_shopify_dashboard import fake_cdn  # noqa: F401 (autouse: pictures offline)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EXPORT = Path(__file__).parents[1] / "catalog" / "shopify_samples" / "products.csv"


@pytest.fixture
def store(live_server, django_user_model, search_index):
    staffer = django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991", is_staff=True)
    staffer.groups.add(Group.objects.get(name="Content"))  # its role (bodybest/roles.py)
    return live_server.url


def _upload(page, base):
    page.goto(base + "/dashboard/shopify/")
    expect(page.get_by_role("heading", name="Move in from Shopify")).to_be_visible()
    page.get_by_label("What the file holds").select_option("products")
    page.get_by_label("Shopify export").set_input_files(str(EXPORT))
    page.get_by_role("button", name="Upload and start the dry run").click()
    expect(page.get_by_role("heading", name=re.compile(r"^Products import #\d+$"))).to_be_visible()


def test_staff_upload_the_products_read_the_dry_run_confirm_and_find_a_product_in_the_store(page, store, axe_check):
    log_in(page, store)
    page.goto(store + "/dashboard/")
    menu = page.locator('a[href="/dashboard/shopify/"]')  # in the menu, folded away on a phone
    expect(menu.first).to_contain_text("Move in from Shopify")
    page.goto(store + "/dashboard/shopify/")
    axe_check(page)

    _upload(page, store)
    expect(page.get_by_role("heading", name="Dry run: what the import would do")).to_be_visible()
    expect(page.locator('[data-count="created"]')).to_have_text("5")
    expect(page.get_by_text("new: huile-lavande")).to_be_visible()
    refused = page.locator('[data-table="refusals"]')
    expect(refused).to_contain_text("'douze dollars' is not a number")
    expect(page.get_by_role("link", name="Download the refused rows (CSV)")).to_be_visible()
    axe_check(page)
    page.goto(store + "/products/huile-lavande")  # not imported yet: the old address leads nowhere
    expect(page.get_by_role("heading", level=1, name="Huile de massage à la lavande – 250 ml")).to_have_count(0)
    page.go_back()

    page.get_by_role("button", name="Confirm import").click()
    expect(page.get_by_role("heading", name="What the import did")).to_be_visible()
    expect(page.locator('[data-field="state"]')).to_have_text("Imported")
    expect(page.locator('[data-count="created"]')).to_have_text("5")
    expect(page.get_by_role("button", name="Confirm import")).to_have_count(0)
    axe_check(page)

    page.get_by_role("link", name="All imports").click()
    row = page.locator("tr[data-job]").first
    expect(row.locator('[data-field="state"]')).to_have_text("Imported")
    expect(row.locator('[data-field="created"]')).to_have_text("5")
    axe_check(page)

    page.goto(store + "/products/huile-lavande")
    expect(page).to_have_url(re.compile(r"/catalogue/[^/]+_\d+/$"))
    expect(page.get_by_role("heading", level=1, name="Huile de massage à la lavande – 250 ml")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Add to basket")).first).to_be_visible()
    axe_check(page)
    assert ImportJob.objects.get().state == ImportJob.DONE


def test_the_bar_follows_a_running_import_and_the_report_appears_when_it_ends(page, store, axe_check):
    log_in(page, store)
    _upload(page, store)
    job = ImportJob.objects.get()
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.IMPORTING)
    progress.Tracker(job.pk)(2, 5)
    page.reload()
    text = page.locator('[data-field="progress-text"]')
    expect(text).to_have_text("2 of 5 products (40%)")
    axe_check(page)
    axe_check(page, javascript=False)

    progress.Tracker(job.pk)(4, 5)
    expect(text).to_have_text("4 of 5 products (80%)")
    assert page.locator("progress").evaluate("bar => bar.value") == 4

    # The worker takes the confirmed job and finishes it; the page shows the report by itself.
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.CONFIRMED)
    assert jobs.job_import(job.pk) == "done"
    expect(page.get_by_role("heading", name="What the import did")).to_be_visible(timeout=10_000)
    expect(page.locator('[data-count="created"]')).to_have_text("5")
    expect(page.locator("progress")).to_have_count(0)
