"""The Shopify blog import (blog/shopify_import.py, `manage.py import_shopify articles`), fed the
sample feed in tests/blog/shopify_samples/, written in the shape of Shopify's /blogs/<blog>.atom."""
import csv
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from blog import shopify_import
from blog.models import Article, Author, ShopifyArticle, Tag
from bodybest.models import OldLink

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "shopify_samples"
FEED = SAMPLES / "news.atom"
IMAGES = SAMPLES / "images"


def _command(*args, feed=FEED):
    out = StringIO()
    call_command("import_shopify", "articles", str(feed), "--images", str(IMAGES), *args,
                 stdout=out, stderr=StringIO())
    return out.getvalue()


def _import(feed=FEED, **options):
    return shopify_import.import_articles(feed, images_dir=IMAGES, **options)


def _article(entry_number):
    return ShopifyArticle.objects.get(entry_id=f"https://bodybest.ca/blogs/news/6012345000{entry_number}").article


def _totals():
    return {model.__name__: model.objects.count() for model in (Article, Author, Tag, ShopifyArticle, OldLink)}


def _later_feed(tmp_path, text):
    later = tmp_path / "news-later.atom"
    # Saved again by an editor on Windows: a BOM and CRLF line endings.
    later.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    return later


def test_five_articles_come_in_published_on_their_date_and_two_bad_entries_are_refused():
    result = _import()
    assert result.counts == {"created": 5, "updated": 0, "unchanged": 0, "refused": 2}
    oil = _article(1)
    assert oil.title == "Picking an oil for sensitive skin"
    assert oil.slug == "oil-for-sensitive-skin"
    assert oil.is_live()
    assert oil.publish_at.isoformat() == "2025-03-04T14:30:00+00:00"
    assert oil.excerpt == "Short ingredient lists suit reactive skin best."
    assert "<li>Fractionated coconut oil has almost no scent.</li>" in oil.body_html
    assert "arm_before_ the session" in oil.body_html  # HTML kept as written, not read as Markdown
    assert sorted(t.name for t in oil.tags.all()) == ["Massage oils", "Sensitive skin"]
    assert sorted(t.slug for t in oil.tags.all()) == ["massage-oils", "sensitive-skin"]


def test_an_author_is_found_by_name_whatever_its_case_or_made_once():
    _import()
    assert _article(1).author == _article(2).author
    assert _article(1).author.name == "Maya Chen"
    assert sorted(Author.objects.values_list("name", flat=True)) == ["Maya Chen", "Sam Okafor", "Éloïse Gagnon"]


def test_a_french_article_keeps_its_accents():
    _import()
    french = _article(3)
    assert french.title == "Les pierres chaudes à la maison : l’été aussi"
    assert "Chauffez les pierres à 50 °C, jamais plus : « tiède » vaut mieux que « brûlant »." in french.body_html
    assert french.author.name == "Éloïse Gagnon"
    assert french.tags.get().name == "Détente"


def test_the_body_is_sanitised_and_the_article_page_shows_it(client):
    _import()
    sheets = _article(2)
    assert "<script" not in sheets.body and "onclick" not in sheets.body and "javascript:" not in sheets.body
    page = client.get(sheets.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Skip fabric softener: it leaves a film that holds oil." in html
    assert "Our laundry chart" in html and 'href="https://bodybest.ca/pages/care"' in html
    assert "stolen" not in html and "gotcha" not in html and "javascript:alert" not in html


def test_the_first_picture_becomes_the_hero_and_the_others_are_copied_into_the_body(client):
    result = _import()
    roller = _article(4)
    assert roller.hero_image.name.startswith("blog/heroes/foam-roller")
    assert roller.hero_alt == "A foam roller on a yoga mat"
    assert "foam-roller" not in roller.body and "<p></p>" not in roller.body  # shown once, as the hero
    assert 'src="/media/blog/imported/roller-calves' in roller.body_html
    assert "cdn.shopify.com" not in roller.body_html  # the old CDN closes with the store
    assert not [r for r in result.refusals if r[1] == "foam-roller-basics"]
    assert client.get(roller.get_absolute_url()).status_code == 200


def test_a_missing_picture_is_a_line_of_the_report_and_the_article_comes_in_without_it(tmp_path):
    report = tmp_path / "refused.csv"
    _command("--report", str(report))
    stretch = _article(5)
    assert not stretch.hero_image
    with report.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["entry", "handle", "reason"]
    assert rows[1] == ["5", "stretch-after-work",
                       f"Image stretch-missing.jpg not found in {IMAGES}; the article came in without this hero image."]


def test_the_report_names_each_refused_entry_by_its_number_and_why(tmp_path):
    report = tmp_path / "refused.csv"
    out = _command("--report", str(report))
    assert "5 new, 0 changed, 0 unchanged, 2 refused articles; 3 lines in the report." in out
    with report.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    assert ["6", "untitled-draft", "The entry has no title."] in rows
    assert ["7", "date-unknown", "The published date 'last Tuesday' is not a date."] in rows
    assert not Article.objects.filter(slug__in=["untitled-draft", "date-unknown"]).exists()


def test_without_a_report_file_the_refusals_are_printed():
    out = _command()
    assert "entry 6 (untitled-draft): The entry has no title." in out


def test_a_second_run_of_the_same_feed_changes_nothing():
    _import()
    before = _totals()
    stamps = dict(Article.objects.values_list("pk", "updated"))
    out = _command()
    assert "0 new, 0 changed, 5 unchanged, 2 refused" in out
    assert _totals() == before
    assert dict(Article.objects.values_list("pk", "updated")) == stamps


def test_a_dry_run_changes_nothing_and_says_what_would_be_created():
    before = _totals()
    out = _command("--dry-run")
    assert _totals() == before
    assert "new: oil-for-sensitive-skin (Picking an oil for sensitive skin)" in out
    assert "Dry run, nothing changed. Would be: 5 new, 0 changed, 0 unchanged, 2 refused" in out


def test_a_later_feed_updates_the_text_without_a_second_article(tmp_path):
    _import()
    text = FEED.read_text(encoding="utf-8")
    text = text.replace("Picking an oil for sensitive skin", "Choosing an oil for reactive skin")
    text = text.replace("Sunflower oil is light", "Grapeseed oil is light")
    before = _totals()
    out = _command(feed=_later_feed(tmp_path, text))
    assert "changed: oil-for-sensitive-skin (title, body)" in out
    assert "0 new, 1 changed, 4 unchanged" in out
    assert _totals() == before
    oil = _article(1)
    assert oil.title == "Choosing an oil for reactive skin"
    assert "Grapeseed oil is light" in oil.body_html and "Sunflower" not in oil.body_html
    assert oil.slug == "oil-for-sensitive-skin"  # the address stays


def test_a_field_staff_edited_is_kept_until_the_feed_changes_it():
    _import()
    oil = _article(1)
    oil.excerpt = "Staff's own words."
    oil.save()
    _import()
    assert _article(1).excerpt == "Staff's own words."


def test_the_old_address_answers_with_a_301_to_the_article(client):
    _import()
    oil = _article(1)
    response = client.get("/blogs/news/oil-for-sensitive-skin")
    assert response.status_code == 301
    assert response["Location"] == oil.get_absolute_url()
    assert client.get(response["Location"]).status_code == 200
    assert OldLink.objects.get(path="/blogs/news/oil-for-sensitive-skin").kind == "article"


def test_an_old_address_with_an_accent_leads_to_the_article_under_its_plain_slug(client):
    _import()
    french = _article(3)
    assert french.slug == "pierres-chaudes-a-la-maison"
    response = client.get("/blogs/news/pierres-chaudes-%C3%A0-la-maison")
    assert (response.status_code, response["Location"]) == (301, french.get_absolute_url())


def test_an_old_address_follows_an_article_whose_handle_was_taken(client):
    from tests import factories

    other = factories.article(title="Ours first")
    other.slug = "foam-roller-basics"
    other.save()
    _import()
    roller = _article(4)
    assert roller.slug == "foam-roller-basics-2"
    assert client.get("/blogs/news/foam-roller-basics")["Location"] == roller.get_absolute_url()


def test_an_old_tag_address_lands_on_our_tag_page(client):
    _import()
    response = client.get("/blogs/news/tagged/massage-oils")
    assert response.status_code == 301
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Picking an oil for sensitive skin" in page.content.decode()


def test_a_malformed_feed_is_a_clear_error_not_a_traceback(tmp_path):
    broken = tmp_path / "broken.atom"
    broken.write_text(FEED.read_text(encoding="utf-8").replace("</title>", "</titel>", 1), encoding="utf-8")
    with pytest.raises(CommandError, match=r"is not well-formed XML \(line 6, column \d+\): mismatched tag"):
        _command(feed=broken)
    assert Article.objects.count() == 0


def test_a_feed_declaring_entities_is_not_read(tmp_path):
    bomb = tmp_path / "bomb.atom"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaa">]>'
                    '<feed xmlns="http://www.w3.org/2005/Atom"><title>&a;</title></feed>', encoding="utf-8")
    with pytest.raises(CommandError, match="declares a DTD or entities"):
        _command(feed=bomb)


def test_a_file_that_is_not_an_atom_feed_is_a_clear_error(tmp_path):
    rss = tmp_path / "rss.xml"
    rss.write_text('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', encoding="utf-8")
    with pytest.raises(CommandError, match="is not an Atom feed"):
        _command(feed=rss)
    with pytest.raises(CommandError, match="No such file"):
        _command(feed=tmp_path / "missing.atom")


def test_an_article_shopify_published_yesterday_is_not_mailed_to_our_subscribers(
        tmp_path, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.core import mail
    from django.utils import timezone

    from blog.newsletter.models import Delivery, Subscriber

    Subscriber.objects.create(email="reader@example.ca", status=Subscriber.CONFIRMED)
    yesterday = (timezone.now() - timedelta(days=1)).replace(microsecond=0).isoformat()
    recent = tmp_path / "recent.atom"
    recent.write_text(FEED.read_text(encoding="utf-8").replace("2025-10-01T16:45:00-04:00", yesterday),
                      encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        _import(recent)
    assert _article(5).is_live()
    assert mail.outbox == []
    assert not Delivery.objects.exists()


def test_staff_find_where_an_imported_article_came_from_in_the_admin(admin_client):
    _import()
    page = admin_client.get("/admin/blog/shopifyarticle/?q=oil-for-sensitive-skin")
    assert page.status_code == 200
    assert "https://bodybest.ca/blogs/news/60123450001" in page.content.decode()
    assert "/blogs/news/oil-for-sensitive-skin" in page.content.decode()
