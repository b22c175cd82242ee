"""The blog's text in English and French (django-modeltranslation; see catalog/translation.py).

`body_html` is translated with `body`: Article.save() renders each language's Markdown into its
own column. An article's French slug is unique like the English one; an empty one is stored as
NULL (not ""), so any number of articles can be without a French slug.
"""
from modeltranslation.translator import TranslationOptions, register

from blog.models import Article, Author, Category, Tag


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "slug", "excerpt", "body", "body_html", "hero_alt", "seo_title", "seo_description")
    empty_values = {"slug": None}


@register(Author)
class AuthorTranslation(TranslationOptions):
    """The role and bio under each article; a name is the same in both languages."""

    fields = ("role", "bio")


@register(Category)
class BlogCategoryTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Tag)
class TagTranslation(TranslationOptions):
    fields = ("name",)
