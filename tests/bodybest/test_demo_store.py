"""The demo store: every storefront page answers on it, and loading it twice duplicates nothing."""
from decimal import Decimal

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model

from catalog.search.models import SearchDocument

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
ProductImage = get_model("catalogue", "ProductImage")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")


@pytest.fixture
def demo_store(search_index, monkeypatch):
    monkeypatch.setenv("DEMO_STAFF_PASSWORD", "demo-pass-for-tests")
    call_command("load_demo_store", verbosity=0)


def _counts():
    from bodybest.chat.models import CannedAnswer, OpeningHours

    from catalog.courses.models import Association, Choice, Course, Lesson, Question

    return {
        model.__name__: model.objects.count()
        for model in (Product, Category, StockRecord, ProductImage, ProductAttributeValue,
                      CannedAnswer, OpeningHours, Course, Lesson, Question, Choice, Association)
    }


def test_the_demo_store_is_realistic(demo_store):
    assert Product.objects.count() >= 48
    assert Category.objects.filter(depth=1).count() >= 8
    stock = list(StockRecord.objects.exclude(num_in_stock=None).values_list("num_in_stock", flat=True))
    assert sum(1 for n in stock if n == 0) >= 2
    assert sum(1 for n in stock if 1 <= n <= 3) >= 2
    assert ProductImage.objects.count() == Product.objects.count()
    assert set(StockRecord.objects.values_list("price_currency", flat=True)) == {"CAD"}
    assert not Product.objects.filter(description="").exists()
    # The search engine's documents are built for every product a shopper can browse.
    assert SearchDocument.objects.count() == Product.objects.browsable().count()
    # The chat's hours are written out for staff to edit, with answers staff keep ready.
    from bodybest.chat.models import CannedAnswer, OpeningHours

    assert OpeningHours.objects.count() == 7 and CannedAnswer.objects.count() >= 5


def test_loading_the_demo_store_twice_creates_no_duplicates(demo_store, capsys):
    before = _counts()
    call_command("load_demo_store")
    assert _counts() == before
    out = capsys.readouterr().out
    assert "Products: 8/" in out  # progress is printed
    assert "Staff login: staff@bodybest.ca / " in out


def test_every_storefront_page_answers_200_on_the_demo_store(client, demo_store):
    product = Product.objects.browsable().first()
    category = Category.objects.filter(depth=1).first()
    client.post("/basket/add/%d/" % product.pk, {"quantity": 1})
    urls = [
        "/", "/catalogue/", category.get_absolute_url(), product.get_absolute_url(),
        f"/catalogue/{product.slug}_{product.pk}/reviews/",
        "/search/?q=stone", "/search/?q=massage&page=1", "/basket/", "/contact/", "/shipping/",
        "/returns/", "/privacy/", "/accounts/login/", "/offers/", "/sitemap.xml", "/robots.txt",
        "/healthz", "/checkout/",
    ]
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url


def test_sitemap_lists_products_and_categories_with_absolute_urls(client, demo_store):
    xml = client.get("/sitemap.xml").content.decode()
    product = Product.objects.browsable().first()
    category = Category.objects.first()
    assert f"{product.get_absolute_url()}</loc>" in xml
    assert f"{category.get_absolute_url()}</loc>" in xml
    assert "<loc>http" in xml


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_checkout(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /checkout/" in body
    assert "Sitemap: http://bodybest.ca/sitemap.xml" in body  # the configured Site, not the Host


def test_the_demo_courses(demo_store, client):
    """Two courses sold as products that need no shipping; no association claimed (staff add them)."""
    from catalog.courses.models import Association, Course

    trigger = Course.objects.get(product__title="Trigger Points Massage Therapy: a 30-day course")
    assert trigger.product.product_class.name == "Online course"
    assert not trigger.product.product_class.requires_shipping and not trigger.product.product_class.track_stock
    assert trigger.product.stockrecords.get().price == Decimal("249.00")
    assert trigger.product.categories.filter(name="Courses", depth=1).exists()
    assert (trigger.hours, trigger.credits, trigger.access_days) == (Decimal("12.0"), Decimal("8.0"), 30)
    lessons = list(trigger.lessons.all())
    assert len(lessons) >= 6 and [l.is_preview for l in lessons][:2] == [True, False]
    assert all(250 <= len(l.body.split()) <= 450 for l in lessons)
    questions = list(trigger.questions.prefetch_related("choices"))
    assert len(questions) == 8
    for q in questions:
        assert 3 <= len(q.choices.all()) <= 4 and sum(c.correct for c in q.choices.all()) == 1
    stone = Course.objects.get(product__title="Hot stone massage: safe technique")
    assert (stone.lessons.count(), stone.questions.count(), stone.access_days) == (4, 6, 15)
    assert stone.product.stockrecords.get().price == Decimal("149.00")
    assert not Association.objects.exists()
    page = client.get(trigger.product.get_absolute_url(), follow=True).content.decode()
    assert "What the course includes" in page and "Ask us" in page
    assert client.get(f"/courses/{trigger.product.pk}/lessons/1/").status_code == 200
    # The blog's trigger-point article ends with a link that finds the course, in both languages.
    for link in ("/courses/about/trigger-points-massage-therapy-a-30-day-course/",
                 "/fr/courses/about/massotherapie-des-points-gachettes-une-formation-de-30-jours/"):
        response = client.get(link)
        assert response.status_code == 302 and response["Location"].endswith(f"_{trigger.product.pk}/")
