"""When an article goes live (at once, or at its scheduled time), its mailing starts once."""
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save
from django.utils import timezone


def connect():
    from blog.models import Article

    post_save.connect(_on_article_saved, sender=Article, dispatch_uid="newsletter-article-saved")


def _on_article_saved(sender, instance, raw=False, **kwargs):
    if raw or not instance.is_live():
        return
    from blog.newsletter.tasks import mail_article

    transaction.on_commit(lambda: mail_article.delay(instance.pk), robust=True)


def due_articles(now=None):
    """Live articles not mailed yet and published recently: an old article edited, or a newsletter
    switched on years after, is never mailed out of the blue."""
    from blog.models import Article

    now = now or timezone.now()
    return Article.objects.published(now).filter(
        publish_at__gte=now - timedelta(days=settings.NEWSLETTER_ARTICLE_MAX_AGE_DAYS),
        newsletter_send__isnull=True,
    )


def start(article_id):
    """The article's ArticleSend, created by the first caller only; None when not due."""
    from blog.newsletter.models import ArticleSend

    if not due_articles().filter(pk=article_id).exists():
        return None
    try:
        with transaction.atomic():
            return ArticleSend.objects.create(article_id=article_id)
    except IntegrityError:
        return None
