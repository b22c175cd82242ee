"""Uploaded pictures: only the formats every browser shows (JPEG, PNG, WebP, GIF), and only
up to IMAGE_MAX_PIXELS, both read from the file's header before any pixel is decoded.

A PNG of 20,000 x 20,000 pixels is a few kilobytes on the wire and 1.6 GB once decoded (a
"decompression bomb"); a TIFF, BMP or SVG is a file staff cannot open in the dashboard. Both
are refused with a message, never decoded. Pillow's own limit (Image.MAX_IMAGE_PIXELS, set from
the same setting in BodyBestConfig.ready) guards everything else that opens images, such as
thumbnails of pictures saved before.
"""
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from PIL import Image

VIEWABLE_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}


def _names(formats):
    names = [VIEWABLE_FORMATS.get(kind, kind) for kind in formats]
    if len(names) == 1:
        return names[0]
    return _("%(names)s or %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


def check_image(file, formats=tuple(VIEWABLE_FORMATS)):
    """The Pillow format name of ``file`` (an open file or Django upload), after checking it
    is one of ``formats`` and not larger than IMAGE_MAX_PIXELS. Raises ValidationError with a
    message for the person uploading. The file is left at its start."""
    start = file.tell() if hasattr(file, "tell") else 0
    try:
        with warnings.catch_warnings():
            # Over IMAGE_MAX_PIXELS Pillow only warns; the size is refused just below, by name.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as picture:  # reads the header only
                kind, (width, height) = picture.format, picture.size
    except Image.DecompressionBombError:  # over twice the limit: Pillow will not even say the size
        raise _too_large() from None
    except Exception:  # noqa: BLE001 (Pillow raises many kinds for a file it cannot read)
        raise ValidationError(
            _("That file is not a picture we can use. Upload a %(kinds)s image.") % {"kinds": _names(formats)},
            code="not_an_image",
        ) from None
    finally:
        file.seek(start)
    if kind not in formats:
        raise ValidationError(
            _("That picture is a %(kind)s file. Upload a %(kinds)s image.") % {"kind": kind, "kinds": _names(formats)},
            code="image_format",
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise _too_large(width, height)
    return kind


def _grouped(count):
    """A pixel count with thousands marked: "8,000" on English pages, "8 000" on French ones."""
    if (get_language() or "").startswith("fr"):
        return number_format(count, force_grouping=True)
    return f"{count:,}"


def _too_large(width=None, height=None):
    limit = number_format(f"{settings.IMAGE_MAX_PIXELS / 1_000_000:g}")
    if width:
        text = _("That picture is too large (%(width)s x %(height)s pixels): at most %(limit)s megapixels. "
                 "Save it at a smaller size and try again.") % {
            "width": _grouped(width), "height": _grouped(height), "limit": limit}
    else:
        text = _("That picture is too large: at most %(limit)s megapixels. Save it at a smaller size "
                 "and try again.") % {"limit": limit}
    return ValidationError(
        text,
        code="image_too_large",
    )


def validate_uploaded_image(value):
    """Model-field validator: checks a newly uploaded picture; pictures already stored were
    checked when they arrived (and re-reading them on every save would cost a file read)."""
    if getattr(value, "_committed", True):
        return
    check_image(value.file)


class ViewableImageField(forms.ImageField):
    """Django's ImageField, refusing formats browsers do not show and oversized pictures with
    our message before Pillow is asked to verify the file."""

    def to_python(self, data):
        if data is not None and hasattr(data, "seek"):
            try:
                check_image(data)
            except ValidationError as refusal:
                if refusal.code != "not_an_image":
                    raise  # a file that is no picture at all gets Django's own message below
        return super().to_python(data)


class ViewableImageModelField(models.ImageField):
    """A model ImageField whose forms (Oscar's dashboard, the admin) use ViewableImageField and
    which checks new pictures itself when a model is validated outside a form."""

    default_validators = [validate_uploaded_image]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ViewableImageField, **kwargs})
