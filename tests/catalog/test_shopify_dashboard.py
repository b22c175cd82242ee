"""Moving in from Shopify in the dashboard (catalog/shopify/dashboard/, jobs.py, progress.py):
staff upload an export, read its dry run, confirm, and the import runs in a Celery task (eager
here, run when the request's transaction commits)."""
import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model

from catalog.shopify import jobs, progress
from catalog.shopify.models import ImportJob

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "shopify_samples"
INDEX = "/dashboard/shopify/"
Product = get_model("catalogue", "Product")
ShopifyRecord = get_model("catalogue", "ShopifyRecord")
User = settings.AUTH_USER_MODEL


@pytest.fixture(autouse=True)
def fake_cdn(monkeypatch):
    """Shopify's CDN, offline: the pictures the real import downloads (catalog/shopify/downloads.py)
    come from the samples' folder; one not there fails as a download would."""
    import shutil

    from catalog.shopify import downloads

    def fetch_all(wanted, folder):
        fetched, failed = {}, {}
        for name in wanted:
            if (SAMPLES / "images" / name).exists():
                fetched[name] = Path(shutil.copy(SAMPLES / "images" / name, Path(folder) / name))
            else:
                failed[name] = "HTTP 404"
        return fetched, failed

    monkeypatch.setattr(downloads, "fetch_all", fetch_all)


def _file(name="products.csv", content=None):
    data = (SAMPLES / name).read_bytes() if content is None else content
    return SimpleUploadedFile(name, data, content_type="text/csv")


def _upload(client, capture, kind="products", file=None, **extra):
    with capture(execute=True):
        return client.post(INDEX, {"kind": kind, "file": file or _file(), **extra})


def _job():
    return ImportJob.objects.get()


@pytest.fixture
def checked(staff_client, django_capture_on_commit_callbacks):
    """The sample products uploaded and their dry run done."""
    response = _upload(staff_client, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    return _job()


def _confirm(client, capture, job):
    with capture(execute=True):
        return client.post(f"{INDEX}{job.pk}/confirm/")


# Staff only

def test_anonymous_visitors_are_sent_to_the_dashboard_login(client):
    for url in (INDEX, f"{INDEX}1/", f"{INDEX}1/progress.json", f"{INDEX}1/refused.csv"):
        response = client.get(url)
        assert response.status_code == 302 and "/dashboard/login/" in response["Location"], url
    response = client.post(f"{INDEX}1/confirm/")
    assert response.status_code == 302 and "/dashboard/login/" in response["Location"]


def test_a_customer_is_refused_every_page_and_cannot_upload(customer_client, checked):
    for url in (INDEX, f"{INDEX}{checked.pk}/", f"{INDEX}{checked.pk}/progress.json", f"{INDEX}{checked.pk}/refused.csv"):
        assert customer_client.get(url).status_code == 403, url
    assert customer_client.post(INDEX, {"kind": "products", "file": _file()}).status_code == 403
    assert customer_client.post(f"{INDEX}{checked.pk}/confirm/").status_code == 403
    assert ImportJob.objects.count() == 1
    assert _job().state == ImportJob.CHECKED


def test_the_dashboard_menu_leads_staff_to_the_page(staff_client):
    page = staff_client.get("/dashboard/").content.decode()
    assert 'href="/dashboard/shopify/"' in page and "Move in from Shopify" in page


def test_the_upload_form_needs_the_csrf_token(django_user_model):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    browser.force_login(django_user_model.objects.create_user(
        username="s", email="s@bodybest.ca", password="x-s-2024-long", is_staff=True))
    assert browser.post(INDEX, {"kind": "products", "file": _file()}).status_code == 403
    assert not ImportJob.objects.exists()


# Upload and dry run

def test_an_upload_is_dry_run_with_its_counts_and_refused_rows_and_changes_nothing(checked, staff_client):
    assert checked.state == ImportJob.CHECKED
    assert checked.dry_run_report["counts"] == {"created": 5, "updated": 0, "unchanged": 0, "refused": 0}
    assert not Product.objects.exists() and not ShopifyRecord.objects.exists()
    page = staff_client.get(f"{INDEX}{checked.pk}/").content.decode()
    assert "Dry run: what the import would do" in page and "Nothing has changed in the store yet." in page
    assert "<dt>Refused products</dt>" in page and "Refused rows and warnings (" in page
    assert '<dd data-count="created">5</dd>' in page
    assert "new: huile-lavande" in page
    assert "&#x27;douze dollars&#x27; is not a number" in page  # the bad price row, with its reason
    assert "<td class=\"si-number\">19</td><td>balle-massage</td>" in page
    assert "Confirm import" in page
    assert checked.uploaded_by == staff_client.user and checked.file_name == "products.csv"


def test_the_list_shows_each_import_with_its_figures(checked, staff_client):
    page = staff_client.get(INDEX).content.decode()
    row = page[page.index(f'data-job="{checked.pk}"'):]
    row = row[:row.index("</tr>")]
    assert "products.csv" in row and "staffer@bodybest.ca" in row
    assert 'data-state="checked"' in page and "Dry run done: to confirm" in row
    assert '<td class="si-number" data-field="created">5</td>' in row
    assert "figures of the dry run" in row
    assert "command line" in page  # pictures: only from the command line, and the page says so


def test_the_refused_rows_download_as_csv(checked, staff_client):
    response = staff_client.get(f"{INDEX}{checked.pk}/refused.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["row", "handle", "reason"]
    assert ["19", "balle-massage"] == rows[-1][:2] and "douze dollars" in rows[-1][2]


def test_a_refused_value_that_a_spreadsheet_would_run_is_written_as_text(checked, staff_client):
    checked.dry_run_report["refusals"] = [[2, "=HYPERLINK(\"x\")", "bad"]]
    checked.save()
    body = staff_client.get(f"{INDEX}{checked.pk}/refused.csv").content.decode()
    assert "'=HYPERLINK" in body


def test_the_category_mapping_goes_with_the_products(staff_client, django_capture_on_commit_callbacks):
    mapping = SimpleUploadedFile("categories.csv", (SAMPLES / "categories.csv").read_bytes())
    _upload(staff_client, django_capture_on_commit_callbacks, mapping=mapping)
    job = _job()
    assert job.state == ImportJob.CHECKED and job.mapping_name == "categories.csv"
    _confirm(staff_client, django_capture_on_commit_callbacks, job)
    oil = ShopifyRecord.objects.get(handle="huile-lavande", option_key="").product
    assert [c.full_name for c in oil.get_categories()] == ["Massage oils > Lavender oils", "Best sellers"]


def test_customers_are_dry_run_and_imported_the_same_way(staff_client, django_capture_on_commit_callbacks, django_user_model):
    before = django_user_model.objects.count()
    _upload(staff_client, django_capture_on_commit_callbacks, kind="customers", file=_file("customers.csv"))
    job = _job()
    assert job.state == ImportJob.CHECKED and job.dry_run_report["counts"]["created"] > 0
    assert django_user_model.objects.count() == before
    page = staff_client.get(f"{INDEX}{job.pk}/").content.decode()
    assert "<th scope=\"col\">Email</th>" in page
    _confirm(staff_client, django_capture_on_commit_callbacks, job)
    job.refresh_from_db()
    assert job.state == ImportJob.DONE
    assert django_user_model.objects.count() == before + job.import_report["counts"]["created"]


def test_blog_articles_come_from_the_feed_the_same_way(staff_client, django_capture_on_commit_callbacks):
    from blog.models import Article

    before = Article.objects.count()
    feed = (Path(__file__).parents[1] / "blog" / "shopify_samples" / "news.atom").read_bytes()
    _upload(staff_client, django_capture_on_commit_callbacks, kind="articles",
            file=SimpleUploadedFile("news.atom", feed, content_type="application/atom+xml"))
    job = _job()
    assert job.dry_run_report["counts"] == {"created": 5, "updated": 0, "unchanged": 0, "refused": 2}
    assert Article.objects.count() == before
    page = staff_client.get(f"{INDEX}{job.pk}/").content.decode()
    assert '<th scope="col" class="si-number">Entry</th>' in page
    _confirm(staff_client, django_capture_on_commit_callbacks, job)
    assert _job().state == ImportJob.DONE and Article.objects.count() == before + 5


def test_a_malformed_feed_is_refused_naming_the_staff_file_not_a_temporary_one(staff_client):
    response = staff_client.post(INDEX, {"kind": "articles", "file": SimpleUploadedFile("news.atom", b"<feed><entry>")})
    page = response.content.decode()
    assert response.status_code == 400 and "news.atom is not well-formed XML" in page
    assert "/tmp" not in page


# Confirm

def test_confirming_imports_the_products_and_shows_the_final_counts(checked, staff_client, django_capture_on_commit_callbacks):
    response = _confirm(staff_client, django_capture_on_commit_callbacks, checked)
    assert response.status_code == 302
    job = _job()
    assert job.state == ImportJob.DONE and job.confirmed_by == staff_client.user and job.finished
    assert job.import_report["counts"] == {"created": 5, "updated": 0, "unchanged": 0, "refused": 0}
    assert ShopifyRecord.objects.filter(option_key="").count() == 5
    oil = ShopifyRecord.objects.get(handle="huile-lavande", option_key="").product
    assert oil.title == "Huile de massage à la lavande – 250 ml"
    assert oil.images.count() == 2  # downloaded from their URLs, as the command does without --images
    assert any("introuvable.jpg" in reason for _, _, reason in job.import_report["refusals"])
    page = staff_client.get(f"{INDEX}{job.pk}/").content.decode()
    assert "What the import did" in page and "Confirm import" not in page and "Imported" in page
    assert not Path(checked.file.path).exists() and not job.file  # the export is not kept once imported
    assert job.file_name == "products.csv" and job.file_sha256 == checked.file_sha256


def test_confirming_twice_imports_once(checked, staff_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        first = staff_client.post(f"{INDEX}{checked.pk}/confirm/")
        second = staff_client.post(f"{INDEX}{checked.pk}/confirm/", follow=True)
    assert first.status_code == 302
    assert "This import was already confirmed." in second.content.decode()
    assert len(queued) == 1  # one import task
    for callback in queued:
        callback()
    assert jobs.job_import(checked.pk) == "skipped"  # the task delivered again starts nothing
    job = _job()
    assert job.state == ImportJob.DONE and job.import_report["counts"]["created"] == 5
    assert ShopifyRecord.objects.filter(option_key="").count() == 5


def test_an_import_is_confirmed_only_after_its_dry_run(staff_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        staff_client.post(INDEX, {"kind": "products", "file": _file()})
    job = _job()
    assert job.state == ImportJob.UPLOADED
    page = staff_client.get(f"{INDEX}{job.pk}/").content.decode()
    assert "Confirm import" not in page and '<meta http-equiv="refresh"' in page
    response = _confirm(staff_client, django_capture_on_commit_callbacks, job)
    assert response.status_code == 409
    assert "only once its dry run has finished" in response.content.decode()
    assert _job().state == ImportJob.UPLOADED and not Product.objects.exists()


def test_a_file_changed_after_its_dry_run_is_not_imported(checked, staff_client, django_capture_on_commit_callbacks):
    with open(checked.file.path, "ab") as handle:
        handle.write(b"ajout,Nouveau,,,,,,TRUE,,,,,,,NV-1,,,1,,,9.99\n")
    response = _confirm(staff_client, django_capture_on_commit_callbacks, checked)
    assert response.status_code == 409 and "changed after its dry run" in response.content.decode()
    assert _job().state == ImportJob.CHECKED and not Product.objects.exists()


def test_a_run_that_fails_says_failed_with_its_error(checked, staff_client, django_capture_on_commit_callbacks, monkeypatch):
    from catalog.shopify import run

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(run, "import_products", broken)
    _confirm(staff_client, django_capture_on_commit_callbacks, checked)
    job = _job()
    assert job.state == ImportJob.FAILED and job.error == "RuntimeError: disk full"
    page = staff_client.get(f"{INDEX}{job.pk}/").content.decode()
    assert "The import failed:" in page and "disk full" in page and "Import running" not in page
    assert json.loads(staff_client.get(f"{INDEX}{job.pk}/progress.json").content)["running"] is False
    assert not Path(checked.file.path).exists()
    again = _confirm(staff_client, django_capture_on_commit_callbacks, job)
    assert again.status_code == 409 and "upload the file again" in again.content.decode()


def test_a_run_whose_worker_died_is_shown_failed_not_running_forever(checked, staff_client):
    from datetime import timedelta

    from django.utils import timezone

    ImportJob.objects.filter(pk=checked.pk).update(state=ImportJob.IMPORTING, started=timezone.now() - timedelta(minutes=5))
    assert json.loads(staff_client.get(f"{INDEX}{checked.pk}/progress.json").content)["running"] is True
    ImportJob.objects.filter(pk=checked.pk).update(started=timezone.now() - timedelta(minutes=66))
    body = json.loads(staff_client.get(f"{INDEX}{checked.pk}/progress.json").content)
    assert (body["state"], body["running"]) == ("failed", False)
    assert "The worker stopped before the run finished" in body["error"]
    assert "The import failed:" in staff_client.get(f"{INDEX}{checked.pk}/").content.decode()


# Bad uploads: 400 with a message

@pytest.mark.parametrize(("kind", "name", "content", "message"), [
    ("products", "products.xlsx", b"PK\x03\x04", "is not a Shopify product export: expected a .csv file"),
    ("products", "empty.csv", b"", "The submitted file is empty."),
    ("products", "latin1.csv", "Handle,Title\nhuile,Huile à la lavande\n".encode("latin-1"), "is not UTF-8 text"),
    ("products", "binary.csv", b"Handle,Title\n\x00\x01\x02", "is not a text file"),
    ("products", "customers.csv", None, "Not a Shopify product export: no Handle, Title column."),
    ("customers", "products.csv", None, "Not a Shopify customer export"),
    ("products", "header.csv", b"Handle,Title\r\n", "header but no rows"),
])
def test_a_bad_upload_is_refused_with_a_message(staff_client, kind, name, content, message):
    if content is None:
        content = (SAMPLES / name).read_bytes()
    response = staff_client.post(INDEX, {"kind": kind, "file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert message in response.content.decode().replace("&quot;", '"')
    assert not ImportJob.objects.exists()


def test_a_file_over_the_size_limit_is_refused(staff_client, settings):
    settings.SHOPIFY_IMPORT_MAX_MB = 1
    big = (SAMPLES / "products.csv").read_bytes() + b"x" * (1024 * 1024)
    response = staff_client.post(INDEX, {"kind": "products", "file": SimpleUploadedFile("big.csv", big)})
    assert response.status_code == 400 and "larger than 1 MB" in response.content.decode()


def test_a_bad_mapping_or_one_for_customers_is_refused(staff_client):
    bad = SimpleUploadedFile("map.csv", b"type,category\nx,y\n")
    response = staff_client.post(INDEX, {"kind": "products", "file": _file(), "mapping": bad})
    assert response.status_code == 400 and "needs the columns source, value and category" in response.content.decode()
    mapping = SimpleUploadedFile("categories.csv", (SAMPLES / "categories.csv").read_bytes())
    response = staff_client.post(INDEX, {"kind": "customers", "file": _file("customers.csv"), "mapping": mapping})
    assert response.status_code == 400 and "Only products take a category mapping" in response.content.decode()


def test_an_unknown_kind_or_no_file_is_refused(staff_client):
    assert staff_client.post(INDEX, {"kind": "orders", "file": _file()}).status_code == 400
    response = staff_client.post(INDEX, {"kind": "products"})
    assert response.status_code == 400 and "This field is required." in response.content.decode()


# The uploaded file stays private

def test_the_uploaded_file_is_kept_outside_media_and_served_at_no_url(checked, client, staff_client):
    stored = Path(checked.file.path).resolve()
    assert stored.is_file() and stored.name != "products.csv"  # our name, not the upload's
    for public in (Path(settings.MEDIA_ROOT), Path(settings.STATIC_ROOT)):
        assert not stored.is_relative_to(public.resolve())
    with pytest.raises(ValueError):
        checked.file.url
    relative = stored.relative_to(Path(settings.SHOPIFY_IMPORTS_ROOT).resolve()).as_posix()
    for browser in (client, staff_client):
        for url in (f"{settings.MEDIA_URL}{relative}", f"/media/{checked.file.name}", f"/static/{relative}",
                    f"/{relative}", f"{settings.MEDIA_URL}shopify-imports/{relative}"):
            response = browser.get(url)
            assert response.status_code in (301, 302, 404), url
            assert b"huile-lavande" not in response.content


# Progress

def test_progress_json_tells_the_state_and_figures(checked, staff_client):
    body = json.loads(staff_client.get(f"{INDEX}{checked.pk}/progress.json").content)
    assert body["state"] == "checked" and body["running"] is False
    assert body["done"] == body["total"] == 5 and body["percent"] == 100
    assert body["url"] == f"{INDEX}{checked.pk}/"
    ImportJob.objects.filter(pk=checked.pk).update(state=ImportJob.IMPORTING)
    progress.Tracker(checked.pk)(2, 5)
    response = staff_client.get(f"{INDEX}{checked.pk}/progress.json")
    body = json.loads(response.content)
    assert (body["running"], body["done"], body["total"], body["percent"], body["phase"]) == (True, 2, 5, 40, "import")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_running_job_shows_a_bar_fed_by_a_script_file_and_reloads_without_it(checked, staff_client):
    ImportJob.objects.filter(pk=checked.pk).update(state=ImportJob.IMPORTING)
    progress.Tracker(checked.pk)(3, 5)
    page = staff_client.get(f"{INDEX}{checked.pk}/").content.decode()
    assert '<progress class="si-progress"' in page and 'value="3"' in page and "3 of 5 products (60%)" in page
    assert f'data-url="{INDEX}{checked.pk}/progress.json"' in page
    assert '<script src="/static/bodybest/js/import-progress.js" defer></script>' in page
    assert '<noscript><meta http-equiv="refresh"' in page
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", page, flags=re.S)
    assert not any("progress" in script for script in inline)  # the polling is in the file, not inline


def test_progress_is_written_once_a_second_and_per_percent_not_per_product():
    now = [0.0]
    tracker = progress.Tracker(7, clock=lambda: now[0])
    for done in range(1, 10_001):
        now[0] += 0.01  # 100 products a second, for 100 seconds
        tracker(done, 10_000)
    assert tracker.writes <= 101
    assert progress.read(7) == (10_000, 10_000)
    fast = progress.Tracker(8, clock=lambda: 0.0)  # all within one second
    for done in range(1, 501):
        fast(done, 500)
    assert fast.writes <= 2 and progress.read(8) == (500, 500)
