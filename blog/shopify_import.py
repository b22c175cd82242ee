"""The article import: the old Shopify blog's Atom feed (blog/shopify_feed.py) into our blog,
``manage.py import_shopify articles FEED``.

Each entry becomes a published article with its original date, its author (found by name, or
made), its tags, its sanitised HTML as the body (bodybest/staff_html.py, as every staff text is;
the Markdown editor keeps HTML as it is) and its pictures from the ``--images`` folder
(blog/shopify_images.py). Its old address ``/blogs/<blog>/<handle>`` is recorded for the
redirects (bodybest/old_links.py).

Entries are found again by their Shopify id (``blog.ShopifyArticle``), which also keeps what
the last import wrote: a later feed writes a field only when its own text for it changed, so
the same feed again changes nothing and an edit staff made since stays until the feed changes
that field. Each entry is saved in its own savepoint (one refused entry does not stop the rest);
a dry run does it all in a transaction it rolls back and writes no picture.
"""
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.text import slugify

from blog import shopify_feed
from blog.models import Article, Author, ShopifyArticle, Tag
from blog.newsletter.models import ArticleSend
from blog.shopify_images import Folder
from bodybest import old_links
from bodybest.staff_html import clean_staff_html

REPORT_COLUMNS = ("entry", "handle", "reason")
FIELDS = ("title", "author", "publish_at", "excerpt", "body", "tags")


@dataclass
class Result:
    counts: dict = field(default_factory=lambda: {"created": 0, "updated": 0, "unchanged": 0, "refused": 0})
    lines: list = field(default_factory=list)  # what changed, one line per article
    refusals: list = field(default_factory=list)  # (entry number, handle, reason), as run.write_report writes them


class _Rollback(Exception):
    pass


def import_articles(path, *, blog=None, images_dir=None, dry_run=False, progress=None):
    """Import a saved Shopify blog feed; returns a ``Result``. ``progress(done, total)`` after
    each entry. Raises ``ValueError`` when the file is not a well-formed Atom feed."""
    feed = shopify_feed.read_feed(path, blog=blog)
    result = Result(refusals=list(feed.refusals))
    result.counts["refused"] = len(feed.refusals)
    folder, seen = Folder(images_dir, dry_run=dry_run), set()
    with translation.override(settings.LANGUAGE_CODE):
        try:
            with transaction.atomic():
                for done, plan in enumerate(feed.entries, start=1):
                    _import_one(plan, folder, result, seen)
                    if progress:
                        progress(done, len(feed.entries))
                if dry_run:
                    raise _Rollback
        except _Rollback:
            pass
    result.refusals.sort(key=lambda refusal: refusal[0])
    return result


def _import_one(plan, folder, result, seen):
    name = plan.handle or plan.entry_id
    warnings = []
    try:
        if plan.entry_id in seen:
            raise shopify_feed.Refused("An earlier entry of the feed has the same id.")
        with transaction.atomic():
            status, changes, article = _save(plan, folder, warnings)
    except shopify_feed.Refused as refusal:
        _refuse(result, plan, name, str(refusal))
        return
    except Exception as error:  # noqa: BLE001 (one article's fault must not stop the others)
        text = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
        _refuse(result, plan, name, f"Could not be saved: {text}")
        return
    seen.add(plan.entry_id)
    result.refusals += [(plan.number, name, reason) for reason in warnings]
    result.counts[status] += 1
    if status == "created":
        result.lines.append(f"new: {article.slug} ({plan.title})")
    elif status == "updated":
        result.lines.append(f"changed: {article.slug} ({', '.join(changes)})")


def _refuse(result, plan, name, reason):
    result.counts["refused"] += 1
    result.refusals.append((plan.number, name, reason))


def _save(plan, folder, warnings):
    """Create or update the entry's article; ('created'|'updated'|'unchanged', changes, article)."""
    record = ShopifyArticle.objects.select_related("article").filter(entry_id=plan.entry_id).first()
    article = record.article if record else Article(status=Article.PUBLISHED)
    record = record or ShopifyArticle(entry_id=plan.entry_id)
    pictures = folder.pictures(str(clean_staff_html(plan.content)), media_image=plan.media_image,
                               known=record.images)
    warnings += pictures.warnings
    wanted = {
        "title": plan.title, "author": plan.author, "publish_at": plan.published.isoformat(),
        "excerpt": plan.summary, "tags": plan.tags,
        # In a <div>, Markdown keeps the HTML as it is (no * or _ read as emphasis); the
        # sanitiser drops the div when the page is rendered.
        "body": f"<div>\n{pictures.body.strip()}\n</div>",
    }
    changes = [name for name in FIELDS if record.imported.get(name) != wanted[name]]
    if article.pk is None:
        article.slug = _free_slug(plan.handle or plan.title)
    for name in changes:
        if name == "author":
            article.author = _author(plan.author)
        elif name == "publish_at":
            article.publish_at = plan.published
        elif name != "tags":
            setattr(article, name, wanted[name])
    hero_changed = _hero(article, record, pictures, folder, warnings)
    if not changes and not hero_changed and article.pk:
        return "unchanged", [], article
    article.save()
    if "tags" in changes:
        article.tags.set(_tags(plan.tags))
    created = record.pk is None
    if created:
        # Shopify published it long ago (or a day ago to other readers): never mailed to our
        # subscribers as if new. A finished mailing to no one is what keeps it out.
        ArticleSend.objects.get_or_create(article=article, defaults={
            "status": ArticleSend.DONE, "started": timezone.now(), "finished": timezone.now()})
    record.article, record.imported, record.images = article, wanted, {**record.images, **pictures.stored}
    if plan.handle:
        record.old_path = _record_old_link(plan, article, warnings)
    record.save()
    return ("created" if created else "updated"), changes + (["hero image"] if hero_changed else []), article


def _hero(article, record, pictures, folder, warnings):
    """Sets the hero picture when the feed names one not yet imported; True when it did."""
    if not pictures.hero or (record.hero_file == pictures.hero and article.hero_image):
        return False
    path = folder.find(pictures.hero, warnings, what="hero image")
    if path is None:
        return False
    if not folder.dry_run:
        with path.open("rb") as data:
            article.hero_image.save(pictures.hero, File(data), save=False)
    article.hero_alt = pictures.hero_alt[:200] or article.title[:200]
    record.hero_file = pictures.hero
    return True


def _author(name):
    """The blog author of that name, whatever its case, else a new one with a free slug."""
    author = Author.objects.filter(name__iexact=name).order_by("pk").first()
    if author is None:
        base = slugify(name)[:45] or "author"
        slug, n = base, 1
        while Author.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        author = Author.objects.create(name=name, slug=slug)
    return author


def _tags(terms):
    """Our tags for Shopify's terms, by slug (Shopify's /tagged/<tag> address uses the same
    lower-case, hyphenated form); a term with no letters or digits is skipped."""
    tags = []
    for term in terms:
        slug = slugify(term)[:50]
        if slug:
            tags.append(Tag.objects.get_or_create(slug=slug, defaults={"name": term[:60]})[0])
    return tags


def _free_slug(text):
    """The old handle as the new article's slug, numbered when another article has it."""
    base = slugify(text)[:190] or "article"
    slug, n = base, 1
    while Article.objects.filter(Q(slug_en_ca=slug) | Q(slug_fr_ca=slug)).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _record_old_link(plan, article, warnings):
    try:
        old_links.record(plan.old_path, article.get_absolute_url(), "article")
    except ValueError as error:  # an old address too long to keep: the article still comes in
        warnings.append(f"The old address was not recorded: {error}.")
        return ""
    return old_links.normalise(plan.old_path)
