"""Staff-written HTML shown to shoppers goes through the blog's sanitizer (bodybest/staff_html.py)
when rendered: product and category descriptions, store pages, the contact page's text."""
import pytest
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site

from bodybest.staff_html import clean_staff_html
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p>Kept <strong>bold</strong> and <a href="https://bodybest.ca/">a link</a>.</p>'
    "<script>document.title='owned'</script>"
    '<img src="x.png" alt="pic" onerror="alert(1)">'
    '<a href="javascript:alert(2)">click</a>'
    '<p style="position:fixed" onclick="alert(3)">styled</p>'
    '<iframe src="https://evil.example/"></iframe>'
)


def _assert_clean(html):
    assert "<p>Kept <strong>bold</strong> and " in html
    assert '<a href="https://bodybest.ca/" rel="noopener noreferrer">a link</a>' in html
    assert '<img src="x.png" alt="pic">' in html
    for bad in ("document.title", "onerror", "javascript:", "alert(", "position:fixed", "evil.example"):
        assert bad not in html


def test_the_sanitizer_keeps_content_and_drops_script():
    _assert_clean(clean_staff_html(HOSTILE))
    assert clean_staff_html(None) == ""


def test_a_product_description_is_sanitized_on_its_page(client):
    product = factories.product(title="Hostile gun", description=HOSTILE)
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    _assert_clean(response.content.decode())


def test_category_descriptions_are_sanitized_on_the_category_page(client, search_index):
    category = factories.category("Hostile category")
    category.description = HOSTILE
    category.long_description = HOSTILE.replace("Kept", "Also kept")
    category.save()
    factories.product(in_category=category)
    search_index()
    response = client.get(category.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    _assert_clean(html)
    assert "<p>Also kept <strong>" in html


def test_a_store_page_is_sanitized(client):
    page = FlatPage.objects.create(url="/hostile/", title="Hostile page", content=HOSTILE)
    page.sites.add(Site.objects.get_current())
    response = client.get("/hostile/")
    assert response.status_code == 200
    _assert_clean(response.content.decode())


def test_the_contact_pages_text_is_sanitized(client):
    page, _ = FlatPage.objects.update_or_create(url="/contact/", defaults={"title": "Contact", "content": HOSTILE})
    page.sites.add(Site.objects.get_current())
    response = client.get("/contact/")
    assert response.status_code == 200
    _assert_clean(response.content.decode())
