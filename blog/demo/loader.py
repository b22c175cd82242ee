"""Demo blog: authors, categories, tags and articles from blog/demo/articles.py, with drawn hero
images. Idempotent: everything is matched on its slug, and a second run adds nothing."""
import datetime
import io

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from oscar.core.loading import get_model
from PIL import Image, ImageDraw

from blog.models import Article, Author, Category, Tag


def hero_bytes(background, accent, seed):
    """A calm abstract hero: a background, a row of stones, a warm circle."""
    image = Image.new("RGB", (1200, 630), background)
    draw = ImageDraw.Draw(image)
    offset = seed % 5 * 40
    draw.ellipse((820 - offset, 90, 1060 - offset, 330), fill=accent)
    for i in range(6):
        x = 120 + i * 170 + (seed * 37 % 60)
        width = 150 - (i * seed) % 40
        top = 430 - i % 2 * 20
        draw.ellipse((x, top, x + width, top + 90), fill=_shade(background, 0.7 + i % 3 * 0.08))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def _shade(colour, factor):
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return (int(r * factor), int(g * factor), int(b * factor))


def load_blog(say=print):
    """English into the plain fields whatever language the caller is in; French named explicitly."""
    with translation.override(settings.LANGUAGE_CODE):
        return _load_blog(say)


def _load_blog(say):
    from blog.demo import articles_fr
    from blog.demo.articles import ARTICLES, AUTHORS, CATEGORIES, TAGS

    authors = {a["slug"]: Author.objects.update_or_create(slug=a["slug"], defaults={
        "name": a["name"], "role": a["role"], "bio": a["bio"],
        "role_fr_ca": articles_fr.AUTHORS[a["slug"]][0], "bio_fr_ca": articles_fr.AUTHORS[a["slug"]][1],
    })[0] for a in AUTHORS}
    categories = {c["slug"]: Category.objects.update_or_create(slug=c["slug"], defaults={
        "name": c["name"], "description": c["description"],
        "name_fr_ca": articles_fr.CATEGORIES[c["slug"]][0], "description_fr_ca": articles_fr.CATEGORIES[c["slug"]][1],
    })[0] for c in CATEGORIES}
    tags = {t["slug"]: Tag.objects.update_or_create(slug=t["slug"], defaults={
        "name": t["name"], "name_fr_ca": articles_fr.TAGS[t["slug"]]})[0] for t in TAGS}
    Product = get_model("catalogue", "Product")
    morning = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0)
    for number, data in enumerate(ARTICLES, 1):
        article = Article.objects.filter(slug=data["slug"]).first() or Article(
            slug=data["slug"], publish_at=morning - datetime.timedelta(days=data["days_ago"])
        )
        article.title, article.author = data["title"], authors[data["author"]]
        article.status = Article.PUBLISHED
        for field in ("excerpt", "body", "seo_title", "seo_description"):
            setattr(article, field, data[field])
        for field, value in articles_fr.ARTICLES[data["slug"]].items():
            setattr(article, f"{field}_fr_ca", value)
        article.hero_alt = ""  # the drawn demo heroes are decorative; a photograph gets data["hero_alt"]
        if not article.hero_image:
            picture = hero_bytes(*data["hero_colours"], number)
            article.hero_image.save(f"{article.slug}.jpg", ContentFile(picture), save=False)
        article.save()
        article.categories.set([categories[s] for s in data["categories"]])
        article.tags.set([tags[s] for s in data["tags"]])
        article.products.set(Product.objects.filter(slug__in=data["products"]))
        say(f"  Blog: {number}/{len(ARTICLES)} {article.title}")
    return {"articles": len(ARTICLES)}
