"""The parts built for moving in from Shopify, probed as an attacker would: old links that try to
leave the site or loop, imported HTML and text that tries to run a script, spreadsheet formulas
in the downloadable reports, picture downloads aimed at this machine, hostile XML feeds, hostile
uploads, staff pages reached by others or without a CSRF token, and a variant chooser posted
with values the page never offered."""
import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from oscar.core.loading import get_model

from blog import shopify_feed, shopify_import
from bodybest.models import OldLink
from catalog.shopify import downloads, run
from catalog.shopify.models import ImportJob

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
PRODUCT_SAMPLES = ROOT / "catalog" / "shopify_samples"
Line = get_model("basket", "Line")
ShopifyRecord = get_model("catalogue", "ShopifyRecord")
SHOPIFY = "/dashboard/shopify/"
OLD_LINKS = "/dashboard/old-links/"


# Old links: never off the site, never a header split

@pytest.mark.parametrize("address", [
    "/products/%2F%2Fevil.example", "/products/%5C%5Cevil.example", "/products//evil.example",
    "/fr/products/%2F%2Fevil.example", "/collections/%2F%2Fevil.example/products/x",
    "/pages/..%2F..%2F%2Fevil.example", "/blogs/%2F%2Fevil.example", "/blogs/news/tagged/%2F%2Fevil",
    "/search?q=%0D%0ASet-Cookie:%20a=b", "/search?q=//evil.example", "/cart?utm_source=%0D%0AX:%20y",
    "/products/x?utm_source=https://evil.example&utm_medium=%0Aa", "/fr//evil.example",
    "/products/%0D%0ALocation:%20https://evil.example", "/search?q=" + "a" * 5000,
])
def test_no_old_address_redirects_off_the_site_or_splits_the_header(client, address):
    response = client.get(address)
    assert response.status_code in (301, 302, 404), (address, response.status_code)
    location = response.get("Location", "")
    assert not location.startswith(("//", "/\\", "http:", "https:")), location
    assert "\r" not in location and "\n" not in location
    assert "Set-Cookie" not in response.headers and "X" not in response.headers


@pytest.mark.parametrize("target", ["//evil.example", "/\\evil.example", "/\tevil", "https://evil.example",
                                    "javascript:alert(1)", " //evil.example", "/%0d%0aX: y/"])
def test_a_stored_target_off_the_site_is_never_followed(client, target):
    OldLink.objects.create(path="/pages/away", target_url=target, kind="page")
    response = client.get("/pages/away")
    location = response.get("Location", "")
    assert not location.startswith(("//", "/\\", "http", "javascript")), location
    assert "\r" not in location and "\n" not in location


def test_two_stored_links_pointing_at_each_other_do_not_loop(client):
    OldLink.objects.create(path="/pages/a", target_url="/pages/b", kind="page")
    OldLink.objects.create(path="/pages/b", target_url="/pages/a", kind="page")
    OldLink.objects.create(path="/pages/c", target_url="/fr/pages/c", kind="page")
    for address in ("/pages/a", "/pages/b", "/pages/c", "/fr/pages/c"):
        assert client.get(address).status_code == 404, address


def test_links_that_point_at_each_other_in_a_disguised_form_do_not_loop(client):
    # A browser asks for /%70ages/b as /pages/b, and for /x/../pages/a as /pages/a.
    OldLink.objects.create(path="/pages/a", target_url="/%70ages/b", kind="page")
    OldLink.objects.create(path="/pages/b", target_url="/x/../pages/a", kind="page")
    for address in ("/pages/a", "/pages/b"):
        assert client.get(address).status_code == 404, address


def test_a_not_found_handle_is_shown_escaped(client):
    page = client.get("/products/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E").content.decode()
    assert "<script>alert(1)" not in page


# Old links: staff only, CSRF, no editing another's by id

@pytest.fixture
def link():
    return OldLink.objects.create(path="/pages/old", target_url="/about/", kind="page", source="staff")


def test_a_customer_cannot_read_add_edit_or_delete_old_links(customer_client, client, link):
    for url in (OLD_LINKS, f"{OLD_LINKS}add/", f"{OLD_LINKS}{link.pk}/", f"{OLD_LINKS}{link.pk}/delete/"):
        assert customer_client.get(url).status_code == 403, url
        assert client.get(url).status_code == 302, url
    for url in (f"{OLD_LINKS}{link.pk}/", f"{OLD_LINKS}{link.pk}/delete/"):
        customer_client.post(url, {"path": "/pages/old", "target_url": "/contact/", "kind": "page"})
        client.post(url, {"path": "/pages/old", "target_url": "/contact/", "kind": "page"})
    link.refresh_from_db()
    assert link.target_url == "/about/"


def _csrf_staff(django_user_model):
    browser = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    browser.force_login(django_user_model.objects.create_user(
        username="csrf-staff", email="csrf@bodybest.ca", password="pw-csrf-1991", is_staff=True))
    return browser


def test_every_new_staff_form_refuses_a_post_without_its_csrf_token(django_user_model, link):
    browser = _csrf_staff(django_user_model)
    job = ImportJob.objects.create(kind="products", file_name="p.csv", state=ImportJob.CHECKED)
    posts = {
        f"{OLD_LINKS}add/": {"path": "/pages/new", "target_url": "/about/", "kind": "page"},
        f"{OLD_LINKS}{link.pk}/": {"path": "/pages/old", "target_url": "/contact/", "kind": "page"},
        f"{OLD_LINKS}{link.pk}/delete/": {},
        SHOPIFY: {"kind": "products", "file": SimpleUploadedFile("p.csv", b"Handle\n")},
        f"{SHOPIFY}{job.pk}/confirm/": {},
    }
    for url, data in posts.items():
        assert browser.post(url, data).status_code == 403, url
    assert OldLink.objects.count() == 1 and OldLink.objects.get().target_url == "/about/"
    job.refresh_from_db()
    assert job.state == ImportJob.CHECKED and ImportJob.objects.count() == 1


@pytest.mark.parametrize("target", ["//evil.example/", "/\\evil.example", "https://evil.example/",
                                    "/products/x", "/fr/pages/old", "/\x0bx", "/search",
                                    "/%70ages/old", "/x/../pages/old", "/./pages/old", "/%2e/pages/old",
                                    "/fr/%70roducts/x", "/pages/old#top"])
def test_staff_cannot_record_a_target_that_leaves_or_loops(staff_client, link, target):
    response = staff_client.post(f"{OLD_LINKS}add/", {"path": "/pages/other", "target_url": target, "kind": "page"})
    assert response.status_code == 400
    assert not OldLink.objects.filter(path="/pages/other").exists()


# Import jobs: staff only, hostile uploads

def test_a_customer_cannot_read_a_job_its_progress_or_its_report(customer_client):
    job = ImportJob.objects.create(kind="customers", file_name="c.csv", state=ImportJob.CHECKED,
                                   dry_run_report={"refusals": [[2, "a@b.ca", "secret"]]})
    for url in (SHOPIFY, f"{SHOPIFY}{job.pk}/", f"{SHOPIFY}{job.pk}/progress.json", f"{SHOPIFY}{job.pk}/refused.csv"):
        response = customer_client.get(url)
        assert response.status_code == 403, url
        assert b"a@b.ca" not in response.content
    assert customer_client.post(f"{SHOPIFY}{job.pk}/confirm/").status_code == 403


@pytest.mark.parametrize("value", ["=HYPERLINK(\"https://evil.example\")", "+1+cmd|' /C calc'!A0", "-2+3",
                                   "@SUM(1)", "\t=1+1", "\r=1+1", "\n=1+1", "=cmd|' /C calc'!A0"])
def test_a_refused_csv_cell_is_never_a_formula(staff_client, value):
    job = ImportJob.objects.create(kind="customers", file_name="c.csv", state=ImportJob.CHECKED,
                                   dry_run_report={"refusals": [[2, value, value]]})
    response = staff_client.get(f"{SHOPIFY}{job.pk}/refused.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    for cell in rows[1][1:]:
        assert cell.startswith("'"), cell


def test_the_commands_report_file_has_no_formula_either(tmp_path):
    result = run.Result()
    result.refusals = [(2, "=HYPERLINK(\"https://evil.example\")", "\t=1+1")]
    run.write_report(result, tmp_path / "report.csv")
    rows = list(csv.reader((tmp_path / "report.csv").open(encoding="utf-8")))
    assert all(cell.startswith("'") for cell in rows[1][1:]), rows


@pytest.mark.parametrize("name,content", [
    ("../../../../tmp/evil.csv", b"Handle,Title\n"),
    ("evil.zip", b"PK\x03\x04" + b"\x00" * 30),
    ("evil.csv", b"PK\x03\x04" + b"\x00" * 30),
    ("evil.csv", b"\xff\xfe\x00=\x00"),
    ("evil.atom", b"<?xml version='1.0'?><!DOCTYPE lol [<!ENTITY a 'a'><!ENTITY b '&a;&a;&a;&a;'>]>"
                  b"<feed xmlns='http://www.w3.org/2005/Atom'><title>&b;</title></feed>"),
    ("evil.atom", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                  b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>&e;</title></entry></feed>"),
])
def test_a_hostile_upload_is_refused_with_a_message_never_a_500(staff_client, name, content):
    kind = "articles" if name.endswith(".atom") else "products"
    response = staff_client.post(SHOPIFY, {"kind": kind, "file": SimpleUploadedFile(name, content)})
    assert response.status_code in (302, 400), response.status_code
    for job in ImportJob.objects.all():
        assert ".." not in job.file.name and "/tmp/" not in job.file.name
        assert "/" not in job.file_name
    assert not Path("/tmp/evil.csv").exists()


@pytest.mark.parametrize("feed", [
    b"<?xml version='1.0'?><!DOCTYPE lol [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
    b"<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]><feed xmlns='http://www.w3.org/2005/Atom'><title>&c;</title></feed>",
    b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
    b"<feed xmlns='http://www.w3.org/2005/Atom'><title>&e;</title></feed>",
    b"<?xml version='1.0'?><!DOCTYPE x SYSTEM 'http://127.0.0.1:9/x.dtd'><feed xmlns='http://www.w3.org/2005/Atom'/>",
])
def test_a_feed_with_entities_or_a_dtd_is_refused_before_it_is_read(tmp_path, feed):
    path = tmp_path / "evil.atom"
    path.write_bytes(feed)
    with pytest.raises(ValueError):
        shopify_feed.read_feed(path)


# Picture downloads: only public addresses

@pytest.mark.parametrize("url", [
    "http://2130706433/a.jpg", "http://0x7f000001/a.jpg", "http://0177.0.0.1/a.jpg", "http://127.1/a.jpg",
    "http://0/a.jpg", "http://[::1]/a.jpg", "http://[::ffff:127.0.0.1]/a.jpg", "http://[::ffff:7f00:1]/a.jpg",
    "http://169.254.169.254/latest/meta-data/", "http://[fe80::1%25lo]/a.jpg", "http://10.0.0.1/a.jpg",
    "http://100.64.0.1/a.jpg", "http://localhost/a.jpg", "file:///etc/passwd", "ftp://example.com/a.jpg",
    "gopher://127.0.0.1:6379/_INFO", "http://[64:ff9b::7f00:1]/a.jpg", "http://[::127.0.0.1]/a.jpg",
    "http://[2002:7f00:1::]/a.jpg", "//127.0.0.1/a.jpg", "http://user@127.0.0.1/a.jpg",
])
def test_a_picture_address_on_this_machine_or_a_private_network_is_refused(url, settings):
    settings.SHOPIFY_IMAGE_DOWNLOAD_PRIVATE_HOSTS = False
    with pytest.raises(downloads.DownloadFailed):
        downloads.check_address(url)


# Imported text never runs as a script

XSS_ROW = {
    "Handle": "xss-oil", "Title": '"><script>alert(1)</script><img src=x onerror=alert(11)>',
    "Body (HTML)": '<img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a><svg onload=alert(4)>'
                   '<iframe src="https://evil.example"></iframe><p style="x:expression(alert(5))">y</p>',
    "Vendor": "<b onmouseover=alert(6)>V</b>", "Type": "<script>alert(7)</script>",
    "Tags": '<svg onload=alert(8)>, "><script>alert(9)</script>', "Published": "TRUE",
    "Option1 Name": "Title", "Option1 Value": "Default Title", "Variant SKU": "XSS-1",
    "Variant Inventory Qty": "5", "Variant Inventory Policy": "deny", "Variant Price": "10.00",
    "Image Src": "https://cdn.shopify.com/s/files/1/files/huile-lavande.jpg?v=1", "Image Position": "1",
    "Image Alt Text": '" onmouseover="alert(12)', "SEO Title": "</title><script>alert(13)</script>",
    "SEO Description": '"><script>alert(14)</script>', "Status": "active",
}
class _Planted(HTMLParser):
    """What a browser would run of the planted payloads: a script element with alert( in it, an
    on* attribute, a javascript: link or an iframe, as parsed (escaped text is no element)."""

    def __init__(self):
        super().__init__()
        self.found, self._in_script = [], False

    def handle_starttag(self, tag, attrs):
        # Structured data (JSON-LD) is no script a browser runs; the planted text in it is data.
        self._in_script = tag == "script" and dict(attrs).get("type") != "application/ld+json"
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.found.append(data[:120])


def _hostile(page):
    parser = _Planted()
    parser.feed(page)
    return parser.found


def test_an_imported_products_html_title_alt_seo_and_tags_never_run(client, tmp_path):
    header = (PRODUCT_SAMPLES / "products.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    path = tmp_path / "xss.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        writer.writerow({name: XSS_ROW.get(name, "") for name in header})
    result = run.import_products(path, images_dir=PRODUCT_SAMPLES / "images", download=False)
    assert result.counts.get("created") == 1, result
    product = ShopifyRecord.objects.get(handle="xss-oil", option_key="").product
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    assert _hostile(response.content.decode()) == []
    assert _hostile(client.get("/catalogue/").content.decode()) == []


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <id>https://shop.example/blogs/news</id><title>News</title>
  <link rel="alternate" href="https://shop.example/blogs/news"/>
  <entry>
    <id>https://shop.example/blogs/news/1</id>
    <link rel="alternate" href="https://shop.example/blogs/news/xss-post"/>
    <title type="html">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;Oil care</title>
    <author><name>&lt;script&gt;alert(3)&lt;/script&gt;</name></author>
    <published>2024-03-05T09:30:00-05:00</published>
    <summary type="html">&lt;svg onload=alert(4)&gt;</summary>
    <content type="html">&lt;p&gt;Hi&lt;img src="https://cdn.shopify.com/x/roller-calves.jpg" alt="&amp;quot; onerror=&amp;quot;alert(5)"&gt;&lt;/p&gt;
      &lt;p&gt;&lt;img src="https://cdn.shopify.com/x/foam-roller.jpg" alt="x&amp;quot; onerror=alert(10) &amp;quot;"&gt;
      &lt;script&gt;alert(6)&lt;/script&gt;&lt;a href="javascript:alert(7)"&gt;x&lt;/a&gt;&lt;/p&gt;</content>
    <category term="&lt;script&gt;alert(8)&lt;/script&gt;"/>
    <category term="&quot;&gt;&lt;svg onload=alert(9)&gt;"/>
  </entry>
</feed>
"""


def test_an_imported_articles_title_body_alt_author_and_tags_never_run(client, tmp_path):
    path = tmp_path / "news.atom"
    path.write_text(FEED, encoding="utf-8")
    result = shopify_import.import_articles(path, images_dir=ROOT / "blog" / "shopify_samples" / "images")
    assert result.counts["created"] == 1, result
    article = get_model("blog", "Article").objects.get()
    pages = [article.get_absolute_url(), "/blog/"]
    pages += [f"/blog/tag/{tag.slug}/" for tag in article.tags.all()]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert _hostile(page) == [], url
    assert client.get("/blog/atom/").status_code in (200, 301, 404)


# The variant chooser posted with values the page never offered

@pytest.fixture
def imported(db):
    run.import_products(PRODUCT_SAMPLES / "products.csv", images_dir=PRODUCT_SAMPLES / "images", download=False)
    return {handle: ShopifyRecord.objects.get(handle=handle, option_key="").product
            for handle in ("rouleau-mousse", "drap-table", "huile-lavande")}


def test_a_variant_of_another_product_or_a_hidden_one_cannot_be_posted(client, imported):
    roller, sheets, oil = imported["rouleau-mousse"], imported["drap-table"], imported["huile-lavande"]
    sheet = sheets.children.first()
    hidden = roller.children.order_by("pk").first()
    hidden.is_public = False
    hidden.save()
    tries = [
        (roller, {"child_id": sheet.pk, "quantity": 1}),
        (roller, {"variant_length": "Charcoal", "quantity": 1}),
        (roller, {"variant_length": str(hidden.attribute_values.first().value), "quantity": 1}),
        (oil, {"child_id": sheet.pk, "quantity": 1}),
        (sheets, {"variant_colour": "Charcoal", "variant_size": "Wide", "child_id": roller.children.last().pk,
                  "quantity": 1}),
    ]
    for product, data in tries:
        response = client.post(f"/basket/add/{product.pk}/", data)
        assert response.status_code in (302, 400), response.status_code
    lines = list(Line.objects.values_list("product_id", flat=True))
    assert sheet.pk not in lines and hidden.pk not in lines
    assert set(lines) <= {oil.pk, sheets.children.get(pk=lines[-1]).pk if lines else None} | set(
        sheets.children.values_list("pk", flat=True))


@pytest.mark.parametrize("quantity", ["-1", "0", "-100000", "1e9", "99999999999999999999", "1.5", "NaN", ""])
def test_a_negative_or_huge_quantity_is_refused(client, imported, quantity):
    roller = imported["rouleau-mousse"]
    response = client.post(f"/basket/add/{roller.pk}/", {"variant_length": "30 cm", "quantity": quantity})
    assert response.status_code in (302, 400)
    assert not Line.objects.exists()


def test_a_variant_posted_straight_to_the_basket_is_not_a_way_round_the_chooser(client, imported):
    roller = imported["rouleau-mousse"]
    sold_out = next(c for c in roller.children.all() if "90" in c.get_title())
    response = client.post(f"/basket/add/{sold_out.pk}/", {"quantity": 1})
    assert response.status_code in (302, 400, 404)
    assert not Line.objects.filter(product=sold_out).exists()


# The follow counter: one write a minute, none for an address with no link

def test_many_follows_write_the_row_once_and_an_unknown_address_writes_nothing(client, django_assert_max_num_queries):
    OldLink.objects.create(path="/pages/old", target_url="/about/", kind="page")
    client.get("/pages/old")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    with CaptureQueriesContext(connection) as queries:
        for _ in range(50):
            client.get("/pages/old")
            client.head("/pages/old")
            client.get("/pages/nothing-here")
    writes = [q for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE"))
              and "old" in q["sql"].lower()]
    assert writes == []
