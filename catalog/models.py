from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractCategory, AbstractProductImage
from oscar.utils.models import get_image_upload_path

from bodybest.images import ViewableImageModelField


class ComparisonItem(models.Model):
    """One product in a signed-in customer's comparison list (catalog/comparison_list.py).

    Anonymous shoppers keep their list in the session; on login it moves here, so the list
    follows the customer to other devices. Deleting a product deletes its rows.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comparison_items"
    )
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="comparison_items"
    )
    position = models.PositiveSmallIntegerField(_("Position"))
    date_added = models.DateTimeField(_("Date added"), auto_now_add=True)

    class Meta:
        app_label = "catalogue"
        ordering = ["user", "position"]
        constraints = [
            models.UniqueConstraint(fields=["user", "product"], name="comparison_item_once_per_user"),
        ]
        verbose_name = _("Comparison item")
        verbose_name_plural = _("Comparison items")

    def __str__(self):
        return f"{self.user_id}: {self.product_id}"


class AlertLanguage(models.Model):
    """The language of the page a back-in-stock alert was asked for on: its mails (the guest's
    confirmation, then "back in stock") are written in it, by a Celery worker, later."""

    alert = models.OneToOneField("customer.ProductAlert", on_delete=models.CASCADE, related_name="language_record")
    language = models.CharField(_("Language"), max_length=10, default=settings.LANGUAGE_CODE)

    class Meta:
        app_label = "catalogue"
        verbose_name = _("Alert language")
        verbose_name_plural = _("Alert languages")

    def __str__(self):
        return f"{self.alert_id}: {self.language}"

    @classmethod
    def of(cls, alert_id):
        """The language to write alert ``alert_id``'s mails in (English when none was kept)."""
        found = cls.objects.filter(alert_id=alert_id).values_list("language", flat=True).first()
        return found if found in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class ShopifyRecord(models.Model):
    """Where an Oscar product came from in a Shopify product export (catalog/shopify/): the
    product's handle and, for a variant, its option values and SKU, so a later export of the
    same store updates these rows instead of adding new ones. It also keeps what Oscar has no
    field for: the variant's "compare at" price and whether Shopify charged tax on it."""

    product = models.OneToOneField("catalogue.Product", on_delete=models.CASCADE, related_name="shopify_record")
    handle = models.CharField("Shopify handle", max_length=255, db_index=True)
    option_key = models.CharField("Option values", max_length=255, blank=True,
                                  help_text="Empty for the product itself; 'Small / Red' for a variant.")
    sku = models.CharField("Shopify SKU", max_length=255, blank=True)
    compare_at_price = models.DecimalField("Compare at price", max_digits=12, decimal_places=2, null=True, blank=True)
    taxable = models.BooleanField("Taxable in Shopify", default=True)
    images = models.JSONField("Imported images", default=dict, blank=True,
                              help_text="Each imported file name and the picture made from it.")

    # Plain English names: only staff and the import read this table, so no French catalog entry.
    class Meta:
        app_label = "catalogue"
        constraints = [
            models.UniqueConstraint(fields=["handle", "option_key"], name="shopify_record_once_per_variant"),
        ]
        verbose_name = "Shopify record"
        verbose_name_plural = "Shopify records"

    def __str__(self):
        return f"{self.handle} {self.option_key}".strip()


class Category(AbstractCategory):
    """Oscar's category; its picture is checked like every upload (bodybest/images.py)."""

    image = ViewableImageModelField(_("Image"), upload_to="categories", blank=True, null=True, max_length=255)


class ProductImage(AbstractProductImage):
    """Oscar's product picture. Oscar's dashboard took any file Pillow can open (TIFF, BMP, a
    400-megapixel PNG); this field takes what browsers show, at a size we can decode."""

    original = ViewableImageModelField(_("Original"), upload_to=get_image_upload_path, max_length=255)


from oscar.apps.catalogue.models import *  # noqa: E402,F401,F403
