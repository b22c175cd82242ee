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
from PIL import Image

VIEWABLE_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}


def _names(formats):
    names = [VIEWABLE_FORMATS.get(kind, kind) for kind in formats]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


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
            f"That file is not a picture we can use. Upload a {_names(formats)} image.", code="not_an_image"
        ) from None
    finally:
        file.seek(start)
    if kind not in formats:
        raise ValidationError(
            f"That picture is a {kind} file. Upload a {_names(formats)} image.", code="image_format"
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise _too_large(width, height)
    return kind


def _too_large(width=None, height=None):
    size = f" ({width:,} x {height:,} pixels)" if width else ""
    limit = settings.IMAGE_MAX_PIXELS / 1_000_000
    return ValidationError(
        f"That picture is too large{size}: at most {limit:g} megapixels. Save it at a smaller size and try again.",
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
