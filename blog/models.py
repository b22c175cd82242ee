from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from markdownx.models import MarkdownxField

from blog import rendering


class Author(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    role = models.CharField(max_length=120, blank=True, help_text=_("e.g. Registered massage therapist"))
    bio = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Category(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("blog:category", args=[self.slug])


class Tag(models.Model):
    name = models.CharField(max_length=60)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("blog:tag", args=[self.slug])


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """Published articles whose publish time has come (scheduled ones wait)."""
        return self.filter(status=Article.PUBLISHED, publish_at__lte=now or timezone.now())

    def for_cards(self):
        return self.select_related("author")


class Article(models.Model):
    DRAFT, PUBLISHED = "draft", "published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="articles")
    status = models.CharField(max_length=10, choices=[(DRAFT, _("Draft")), (PUBLISHED, _("Published"))],
                              default=DRAFT)
    publish_at = models.DateTimeField(
        default=timezone.now, db_index=True,
        help_text=_("A published article appears from this time: set a future time to schedule it."),
    )
    hero_image = models.ImageField(upload_to="blog/heroes/", blank=True)
    hero_alt = models.CharField(_("Hero image description"), max_length=200, blank=True)
    excerpt = models.TextField(max_length=300)
    body = MarkdownxField(help_text=_("Markdown. Headings, lists, links, images and quotes are kept."))
    body_html = models.TextField(editable=False, default="")
    reading_minutes = models.PositiveSmallIntegerField(editable=False, default=1)
    categories = models.ManyToManyField(Category, blank=True, related_name="articles")
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    products = models.ManyToManyField("catalogue.Product", blank=True, related_name="+",
                                      help_text=_("Shown as “Shop this article”."))
    seo_title = models.CharField(max_length=70, blank=True)
    seo_description = models.CharField(max_length=160, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        indexes = [models.Index(fields=["status", "publish_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Each language's Markdown into its own HTML column (blog/translation.py); no French body
        # leaves no French HTML, so a French page shows the English one.
        for language in ("en_ca", "fr_ca"):
            body = getattr(self, f"body_{language}", None)
            setattr(self, f"body_html_{language}", rendering.render_markdown(body) if body else "")
        self.reading_minutes = rendering.reading_minutes(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("blog:article", args=[self.slug])

    def is_live(self, now=None):
        return self.status == self.PUBLISHED and self.publish_at <= (now or timezone.now())

    def previous_article(self):
        """The published article just before this one by publish time."""
        return (Article.objects.published().filter(
            models.Q(publish_at__lt=self.publish_at)
            | models.Q(publish_at=self.publish_at, pk__lt=self.pk)
        ).order_by("-publish_at", "-pk").only("title", "slug").first())

    def next_article(self):
        return (Article.objects.published().filter(
            models.Q(publish_at__gt=self.publish_at)
            | models.Q(publish_at=self.publish_at, pk__gt=self.pk)
        ).order_by("publish_at", "pk").only("title", "slug").first())

    @property
    def meta_title(self):
        return self.seo_title or self.title

    @property
    def meta_description(self):
        return self.seo_description or self.excerpt


class ShopifyArticle(models.Model):
    """Where an article came from in the old Shopify blog's Atom feed (``import_shopify
    articles``, blog/shopify_import.py): the entry's id, so a later feed updates this article
    instead of adding another, and what the last import wrote, so a field staff changed since
    is only written again when the feed's own text for it changes."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="shopify_record")
    entry_id = models.CharField("Shopify entry id", max_length=500, unique=True,
                                help_text="e.g. https://shop.example/blogs/news/123456789")
    old_path = models.CharField("Old address", max_length=500, blank=True)
    imported = models.JSONField("Values last imported", default=dict, blank=True)
    images = models.JSONField("Imported images", default=dict, blank=True,
                              help_text="Each image file name and where its copy is stored.")
    hero_file = models.CharField("Hero image file", max_length=255, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    # Plain English names: only staff and the import read this table, so no French catalog entry.
    class Meta:
        verbose_name = "Shopify article record"
        verbose_name_plural = "Shopify article records"

    def __str__(self):
        return self.entry_id
