"""Which articles visitors see, and previous/next by publish date (blog/models.py)."""
import pytest

from blog.models import Article
from tests import factories

pytestmark = pytest.mark.django_db


def test_visitors_see_published_articles_whose_time_has_come():
    live = factories.article(days_ago=2)
    factories.article(status="draft")
    factories.article(days_ago=-3)  # scheduled
    assert list(Article.objects.published()) == [live]


def test_a_scheduled_article_appears_when_its_time_comes():
    import datetime

    from django.utils import timezone

    scheduled = factories.article(days_ago=-1)
    assert not scheduled.is_live()
    assert scheduled.is_live(now=timezone.now() + datetime.timedelta(days=2))


def test_previous_and_next_follow_publish_dates_and_skip_drafts_and_future_articles():
    oldest = factories.article(days_ago=30)
    factories.article(days_ago=20, status="draft")
    middle = factories.article(days_ago=10)
    newest = factories.article(days_ago=1)
    factories.article(days_ago=-5)  # scheduled
    assert oldest.previous_article() is None  # the first end
    assert oldest.next_article() == middle
    assert middle.previous_article() == oldest and middle.next_article() == newest
    assert newest.next_article() is None  # the other end: the scheduled one is not next yet


def test_saving_renders_the_body_and_its_reading_time():
    article = factories.article(body="word " * 450)
    assert article.reading_minutes == 3
    assert article.body_html.startswith("<p>word")
