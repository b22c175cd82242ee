"""What a phone downloads (issue 14, "Fast on a phone"; figures from `make lighthouse` in the
README): storefront pages link the cut of Oscar's stylesheet and our own, no Font Awesome, no
jQuery or Bootstrap script (static/bodybest/js/ui.js stands in, deferred), and come gzipped.
The account pages and the dashboard keep Oscar's scripts, which their widgets need."""
import gzip
import re

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from oscar.core.loading import get_model

from tests import factories

pytestmark = pytest.mark.django_db

SCRIPT_SRC = re.compile(r"<script\b[^>]*\ssrc=\"([^\"]+)\"[^>]*>")
STYLESHEET = re.compile(r"<link\b[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"")
OSCARS_SCRIPTS = ("jquery", "bootstrap.bundle", "oscar/js/oscar/ui.js")


def _storefront_urls(client):
    guns = factories.category("Massage guns")
    product = factories.product(title="Quiet gun", in_category=guns)
    article = factories.article(title="Easing a knot", hero=True, products=[product])
    client.post(f"/basket/add/{product.pk}/", {"quantity": 1})
    return ["/", guns.get_absolute_url(), product.get_absolute_url(), article.get_absolute_url(),
            "/basket/", "/blog/", "/contact/", "/checkout/"]


def test_storefront_pages_load_the_cut_stylesheet_and_no_jquery_bootstrap_or_font_awesome(client, search_index):
    for url in _storefront_urls(client):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert STYLESHEET.findall(html) == ["/static/bodybest/css/oscar-used.css",
                                            "/static/bodybest/css/bodybest.css"], url
        scripts = SCRIPT_SRC.findall(html)
        assert not [src for src in scripts if any(name in src for name in OSCARS_SCRIPTS)], url
        assert "/static/bodybest/js/ui.js" in scripts, url
        assert re.search(r'<script src="/static/bodybest/js/ui.js" defer>', html), url
        assert not re.search(r'class="[^"]*\bfa[sr]? ', html.split("</header>")[0]), url
        head = html.split("</head>")[0]
        assert "<script src" not in head, f"{url}: a script blocks rendering"


def test_account_pages_keep_oscars_scripts_for_their_date_pickers(client):
    user = get_model("auth", "User").objects.create_user("lena", "lena@example.com", "a-long-password-1")
    client.force_login(user)
    html = client.get("/accounts/orders/").content.decode()
    scripts = SCRIPT_SRC.findall(html)
    for name in OSCARS_SCRIPTS:
        assert any(name in src for src in scripts), name
    assert "/static/bodybest/js/ui.js" not in scripts


def test_the_dashboard_keeps_jquery_and_its_own_full_stylesheet(staff_client):
    html = staff_client.get("/dashboard/").content.decode()
    assert any("jquery" in src for src in SCRIPT_SRC.findall(html))
    assert "/static/oscar/css/dashboard.css" in STYLESHEET.findall(html)


def test_the_page_load_block_runs_without_jquery(client):
    html = client.get("/").content.decode()
    [script] = [found for found in re.findall(r"<script nonce=\"[^\"]+\">(.*?)</script>", html, re.S)
                if "DOMContentLoaded" in found]
    assert 'document.addEventListener("DOMContentLoaded"' in script
    assert "oscar.init();" in script and "$(" not in script


def test_pages_are_gzipped_for_browsers_that_accept_it(client):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    page = gzip.decompress(response.content)
    assert page.lstrip().startswith(b"<!DOCTYPE html>")
    assert len(response.content) < len(page) / 3
    assert "Content-Encoding" not in client.get("/").headers  # and plain for those that do not


def test_gzip_sits_inside_whitenoise_and_axes_stays_last():
    middleware = settings.MIDDLEWARE
    gzip_at = middleware.index("django.middleware.gzip.GZipMiddleware")
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") < gzip_at
    assert gzip_at < middleware.index("django.middleware.csrf.CsrfViewMiddleware")
    assert middleware[-1] == "axes.middleware.AxesMiddleware"


def test_a_gzipped_page_carries_a_different_csrf_token_each_time(client):
    """BREACH needs a secret repeated byte for byte in responses an attacker can make the
    victim request; Django masks the CSRF token afresh in every response (README, Production)."""
    def token():
        page = gzip.decompress(client.get("/", HTTP_ACCEPT_ENCODING="gzip").content).decode()
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    assert token() != token()


IMG = re.compile(r"<img\b[^>]*>")


def _images(html, css_class):
    return [tag for tag in IMG.findall(html) if re.search(rf'class="[^"]*\b{css_class}\b', tag)]


def _srcset_widths(tag):
    srcset = re.search(r'srcset="([^"]+)"', tag).group(1)
    entries = [entry.split() for entry in srcset.split(",")]
    assert all(url.endswith(".webp") for url, _ in entries), srcset
    return [descriptor for _, descriptor in entries]


def test_product_cards_offer_three_widths_sized_and_only_the_first_row_at_once(client, search_index):
    guns = factories.category("Massage guns")
    factories.products(3, in_category=guns)
    search_index()
    cards = _images(client.get(guns.get_absolute_url()).content.decode(), "img-thumbnail")
    assert len(cards) == 3
    for tag in cards:
        assert len(_srcset_widths(tag)) == 3
        assert 'sizes="' in tag and re.search(r'width="\d+" height="\d+"', tag)
    assert 'fetchpriority="high"' in cards[0] and "loading=" not in cards[0]
    assert "fetchpriority" not in cards[1] and "loading=" not in cards[1]
    assert 'loading="lazy"' in cards[2] and "fetchpriority" not in cards[2]


def test_product_cards_outside_a_listing_ask_for_no_priority(client):
    product = factories.product(title="Quiet gun")
    article = factories.article(title="Easing a knot", products=[product])
    cards = _images(client.get(article.get_absolute_url()).content.decode(), "img-thumbnail")
    assert cards and not [tag for tag in cards if "fetchpriority" in tag]


def test_the_product_pages_first_picture_comes_first_and_the_others_when_shown(client):
    product = factories.product(title="Quiet gun")
    second = get_model("catalogue", "ProductImage")(product=product, display_order=1)
    second.original.save("side.jpg", ContentFile(factories._jpeg()), save=False)
    second.save()
    pictures = _images(client.get(product.get_absolute_url()).content.decode(), "img-fluid")
    first, other = pictures[0], pictures[1]
    assert 'fetchpriority="high"' in first and "loading=" not in first
    assert len(_srcset_widths(first)) == 3 and re.search(r'width="\d+" height="\d+"', first)
    assert 'loading="lazy"' in other


def test_the_articles_picture_comes_first_and_the_blogs_first_card_too(client):
    first = factories.article(title="Easing a knot", hero=True, days_ago=1)
    factories.article(title="Hot stones", hero=True, days_ago=2)
    hero = _images(client.get(first.get_absolute_url()).content.decode(), "blog-article-hero")[0]
    assert 'fetchpriority="high"' in hero and "loading=" not in hero
    assert _srcset_widths(hero) == ["480w", "720w", "1200w"]
    assert 'width="1200" height="600"' in hero
    cards = _images(client.get("/blog/").content.decode(), "article-card-img")
    assert len(cards) == 2
    assert 'fetchpriority="high"' in cards[0] and "loading=" not in cards[0]
    assert 'loading="lazy"' in cards[1] and "fetchpriority" not in cards[1]
    assert _srcset_widths(cards[1]) == ["480w", "720w"]
