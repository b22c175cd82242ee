"""One newsletter signup box on every page: the footer's, or on blog pages the blog's own."""
import pytest

from blog.models import Category, Tag
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    knots = Category.objects.create(name="Techniques", slug="techniques")
    hands = Tag.objects.create(name="Hands", slug="hands")
    article = factories.article(title="Easing a knot", categories=[knots], tags=[hands])
    product = factories.product(with_image=False)
    return {
        "home": "/", "catalogue": "/catalogue/", "product": product.get_absolute_url(),
        "contact": "/contact/", "about": "/about/", "shipping": "/shipping/",
        "blog": "/blog/", "blog category": "/blog/category/techniques/", "blog tag": "/blog/tag/hands/",
        "article": article.get_absolute_url(),
    }


def test_every_page_has_exactly_one_newsletter_box(client, pages):
    counts = {name: client.get(url).content.decode().count('<section class="newsletter-signup"')
              for name, url in pages.items()}
    assert counts == {name: 1 for name in pages}


def test_blog_pages_keep_their_own_box_and_drop_the_footers(client, pages):
    for name in ("blog", "article"):
        html = client.get(pages[name]).content.decode()
        assert 'id="newsletter-blog-email"' in html and 'id="newsletter-footer-email"' not in html
    assert 'id="newsletter-footer-email"' in client.get("/").content.decode()
