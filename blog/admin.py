from django import forms
from django.contrib import admin
from django.utils.html import format_html
from markdownx.admin import MarkdownxModelAdmin
from modeltranslation.admin import TranslationAdmin

from blog.markdown_limits import check_nesting
from blog.models import Article, Author, Category, ShopifyArticle, Tag


class ArticleForm(forms.ModelForm):
    """Refuse a body (English or French) nested past Markdown's limits here, with the reason on
    the field, rather than when saving renders it (blog/markdown_limits.py)."""

    def clean_body_en_ca(self):
        return self._nesting_checked("body_en_ca")

    def clean_body_fr_ca(self):
        return self._nesting_checked("body_fr_ca")

    def _nesting_checked(self, name):
        body = self.cleaned_data[name]
        if body:
            check_nesting(body)
        return body


@admin.register(Article)
class ArticleAdmin(TranslationAdmin, MarkdownxModelAdmin):
    """Each text field in English and French one above the other (blog/translation.py)."""

    form = ArticleForm
    list_display = ("title", "status", "publish_at", "author", "state")
    list_filter = ("status", "categories", "author")
    search_fields = ("title", "excerpt", "body")
    prepopulated_fields = {"slug_en_ca": ("title_en_ca",), "slug_fr_ca": ("title_fr_ca",)}
    filter_horizontal = ("categories", "tags", "products")
    date_hierarchy = "publish_at"
    fieldsets = (
        (None, {"fields": ("title", "slug", "author", "status", "publish_at")}),
        ("Content", {"fields": ("excerpt", "body", "hero_image", "hero_alt")}),
        ("Topics and products", {"fields": ("categories", "tags", "products")}),
        ("Search engines", {"fields": ("seo_title", "seo_description"), "classes": ("collapse",)}),
    )

    @admin.display(description="On the site")
    def state(self, article):
        if article.is_live():
            return format_html('<a href="{}">Live</a>', article.get_absolute_url())
        label = "Scheduled" if article.status == Article.PUBLISHED else "Draft"
        return format_html('{} · <a href="{}">preview</a>', label, article.get_absolute_url())


admin.site.register(Author, TranslationAdmin, prepopulated_fields={"slug": ("name",)})
admin.site.register(Category, TranslationAdmin, prepopulated_fields={"slug": ("name_en_ca",)})
admin.site.register(Tag, TranslationAdmin, prepopulated_fields={"slug": ("name_en_ca",)})


@admin.register(ShopifyArticle)
class ShopifyArticleAdmin(admin.ModelAdmin):
    """Where each imported article came from (``import_shopify articles``); written by the
    import only, so staff read it here and change the article itself."""

    list_display = ("article", "entry_id", "old_path", "created")
    search_fields = ("entry_id", "old_path", "article__title")
    readonly_fields = ("article", "entry_id", "old_path", "hero_file", "images", "imported", "created")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
