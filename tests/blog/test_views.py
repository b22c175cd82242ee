"""Blog pages, feeds and sitemap (blog/views.py, blog/feeds.py)."""
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import Category, Tag
from tests import factories

pytestmark = pytest.mark.django_db


def _queries(client, url):
    client.get(url)  # thumbnails are made on the first view
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def shelf():
    techniques = Category.objects.create(name="Techniques", slug="techniques")
    stones = Tag.objects.create(name="Hot stones", slug="hot-stones")
    gun = factories.product(title="Northpoint Pro gun")
    stone = factories.product(title="Basalt stone set")
    first = factories.article(title="Trigger points, explained", days_ago=9, products=[gun, stone],
                              categories=[techniques], tags=[stones], hero=True)
    second = factories.article(title="Caring for hot stones", days_ago=3, categories=[techniques],
                               tags=[stones], hero=True)
    return {"first": first, "second": second, "category": techniques, "tag": stones, "gun": gun}


def test_the_article_page_has_shop_this_article_previous_next_and_related(client, shelf):
    page = client.get(shelf["first"].get_absolute_url()).content.decode()
    assert "Shop this article" in page
    assert 'aria-label="Add to basket: Northpoint Pro gun"' in page
    assert 'aria-label="Add to compare: Northpoint Pro gun"' in page
    assert "Next article" in page and "Caring for hot stones" in page
    assert "Previous article" not in page
    assert "Related articles" in page
    assert "By Lena Park, Registered massage therapist" in page


def test_the_article_page_carries_canonical_open_graph_and_json_ld(client, shelf):
    page = client.get(shelf["first"].get_absolute_url()).content.decode()
    url = f"http://bodybest.ca{shelf['first'].get_absolute_url()}"  # the configured Site, not the Host
    assert f'<link rel="canonical" href="{url}">' in page
    assert '<meta property="og:title" content="Trigger points, explained">' in page
    assert re.search(r'<meta property="og:image" content="http://bodybest.ca/media/cache/', page)
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S)
    data = next(b for b in map(json.loads, blocks) if b["@type"] == "Article")
    assert data["headline"] == "Trigger points, explained"
    assert data["author"]["name"] == "Lena Park" and data["mainEntityOfPage"] == url


@pytest.mark.parametrize("url", [
    "/blog/no-such-article/", "/blog/?page=99", "/blog/?page=abc", "/blog/tag/no-such-tag/",
    "/blog/category/no-such-category/",
])
def test_unknown_things_are_404(client, shelf, url):
    assert client.get(url).status_code == 404


def test_drafts_and_scheduled_articles_are_404_for_visitors_and_previews_for_staff(client, django_user_model):
    draft = factories.article(title="Draft on oils", status="draft")
    scheduled = factories.article(title="Coming soon", days_ago=-2)
    for article in (draft, scheduled):
        assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(django_user_model.objects.create_user("ed", "ed@bodybest.ca", "pw-ed-1991", is_staff=True))
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Draft preview: only staff see this page." in page and 'name="robots" content="noindex"' in page
    assert "Scheduled for" in client.get(scheduled.get_absolute_url()).content.decode()


def test_category_and_tag_pages_list_their_published_articles(client, shelf):
    factories.article(title="Unrelated piece")
    page = client.get("/blog/category/techniques/").content.decode()
    assert "Trigger points, explained" in page and "Unrelated piece" not in page
    page = client.get("/blog/tag/hot-stones/").content.decode()
    assert "Caring for hot stones" in page and "Unrelated piece" not in page


def test_the_blog_paginates(client, settings):
    for number in range(12):
        factories.article(title=f"Piece {number}", days_ago=number + 1)
    assert "Page 1 of 2" in client.get("/blog/").content.decode()
    assert "Piece 11" in client.get("/blog/?page=2").content.decode()


def test_the_rss_and_atom_feeds_parse_and_use_absolute_links(client, shelf):
    factories.article(title="Secret draft", status="draft")
    rss = ET.fromstring(client.get("/blog/feed/rss/").content)
    links = [item.findtext("link") for item in rss.iter("item")]
    assert [item.findtext("title") for item in rss.iter("item")] == ["Caring for hot stones", "Trigger points, explained"]
    assert all(link.startswith("http://") for link in links)
    atom = ET.fromstring(client.get("/blog/feed/atom/").content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(atom.findall("a:entry", ns)) == 2
    assert all(e.find("a:link", ns).get("href").startswith("http://") for e in atom.findall("a:entry", ns))


def test_the_sitemap_lists_published_articles_only(client, shelf):
    draft = factories.article(title="Secret draft", status="draft")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert shelf["first"].get_absolute_url() in sitemap
    assert draft.get_absolute_url() not in sitemap


def test_the_home_page_shows_the_latest_articles(client, shelf):
    page = client.get("/").content.decode()
    assert "From the blog" in page and "Caring for hot stones" in page


def test_list_pages_cost_the_same_for_few_and_many_articles(client):
    category = Category.objects.create(name="Techniques", slug="techniques")
    tags = [Tag.objects.create(name=f"Tag {n}", slug=f"tag-{n}") for n in range(4)]
    factories.article(categories=[category], tags=tags[:1], hero=True)
    few = [_queries(client, url) for url in ("/blog/", "/blog/category/techniques/", "/blog/tag/tag-0/")]
    for _ in range(8):
        factories.article(categories=[category], tags=tags, hero=True)
    many = [_queries(client, url) for url in ("/blog/", "/blog/category/techniques/", "/blog/tag/tag-0/")]
    assert few == many, (few, many)
    assert max(many) <= 10


def test_an_article_costs_the_same_whatever_its_tags_and_products(client):
    category = Category.objects.create(name="Techniques", slug="techniques")
    small = factories.article(categories=[category], products=factories.products(1), hero=True)
    tags = [Tag.objects.create(name=f"Tag {n}", slug=f"tag-{n}") for n in range(6)]
    big = factories.article(categories=[category], tags=tags, products=factories.products(4), hero=True)
    for _ in range(3):
        factories.article(categories=[category], tags=tags, hero=True)
    assert _queries(client, small.get_absolute_url()) == _queries(client, big.get_absolute_url()) <= 16


def test_the_editor_preview_and_image_upload_are_for_staff_only(client, django_user_model):
    import io

    from PIL import Image

    assert client.post("/markdownx/markdownify/", {"content": "# Hi"}).status_code == 302
    picture = io.BytesIO()
    Image.new("RGB", (20, 20), "#1f5f5b").save(picture, format="PNG")
    picture.seek(0)
    picture.name = "stone.png"
    assert client.post("/markdownx/upload/", {"image": picture}).status_code == 302

    client.force_login(django_user_model.objects.create_user("ed", "ed@bodybest.ca", "pw", is_staff=True))
    preview = client.post("/markdownx/markdownify/", {"content": "## Hi <script>x</script>"})
    assert "<h2>Hi" in preview.content.decode() and "<script" not in preview.content.decode()
    picture.seek(0)
    response = client.post("/markdownx/upload/", {"image": picture}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200 and "blog/uploads/" in response.content.decode()
    text = io.BytesIO(b"not an image")
    text.name = "notes.png"
    response = client.post("/markdownx/upload/", {"image": text}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 400
    assert client.post("/markdownx/markdownify/", {}).status_code == 200  # no content: empty preview


@pytest.mark.parametrize("name, content_type", [("photo.jpg", "image/jpeg"), ("page.html", "text/html")])
def test_an_upload_is_stored_as_what_it_really_is(client, django_user_model, name, content_type):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    client.force_login(django_user_model.objects.create_user("ed", "ed@bodybest.ca", "pw", is_staff=True))
    picture = io.BytesIO()
    Image.new("RGBA", (40, 30), (31, 95, 91, 128)).save(picture, format="PNG")  # a PNG, whatever its name
    upload = SimpleUploadedFile(name, picture.getvalue(), content_type=content_type)
    response = client.post("/markdownx/upload/", {"image": upload})
    assert response.status_code == 200
    assert re.search(r"!\[\]\(/media/blog/uploads/[0-9a-f]{32}\.png\)", response.json()["image_code"])


def test_a_phone_photo_is_stored_upright(client, django_user_model):
    import io

    from django.core.files.storage import default_storage
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    client.force_login(django_user_model.objects.create_user("ed", "ed@bodybest.ca", "pw", is_staff=True))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees to show
    picture = io.BytesIO()
    Image.new("RGB", (60, 20), "#1f5f5b").save(picture, format="JPEG", exif=exif)
    response = client.post("/markdownx/upload/", {"image": SimpleUploadedFile("p.jpg", picture.getvalue())})
    path = re.search(r"/media/(.*)\)", response.json()["image_code"]).group(1)
    with default_storage.open(path) as stored, Image.open(stored) as saved:
        assert saved.size == (20, 60)
