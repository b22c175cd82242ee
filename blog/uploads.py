"""The blog editor's preview and image upload (django-markdownx's endpoints), for staff only
(bodybest/urls.py wraps them).

markdownx trusts the browser: it re-saved an image in the format the browser claimed (a PNG sent
as JPEG was a 500), kept the file name's extension (a PNG named page.html was served as HTML),
and dropped the camera's orientation. Here Pillow decides what the file is; the picture is
turned upright, scaled to at most 1600 px, saved again in its own format under a random name
with that format's extension, and anything else (or a picture over IMAGE_MAX_PIXELS, checked
from its header before decoding) is refused with a 400.
"""
import io
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST
from PIL import Image, ImageOps

from blog.rendering import render_markdown
from bodybest.images import check_image

FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
MAX_SIDE = 1600


def _refuse(message):
    return JsonResponse({"image": [message]}, status=400)


@require_POST
def upload_image(request):
    upload = request.FILES.get("image")
    if upload is None:
        return _refuse("Choose an image to upload.")
    if upload.size > settings.MARKDOWNX_UPLOAD_MAX_SIZE:
        return _refuse("That image is over 5 MB.")
    try:
        check_image(upload, formats=tuple(FORMATS))
    except ValidationError as refusal:
        return _refuse(refusal.messages[0])
    try:
        with Image.open(upload) as picture:
            kind = picture.format
            picture = ImageOps.exif_transpose(picture)
            picture.thumbnail((MAX_SIDE, MAX_SIDE))
            if kind == "JPEG" and picture.mode not in ("RGB", "L"):
                picture = picture.convert("RGB")
            buffer = io.BytesIO()
            picture.save(buffer, format=kind, quality=85)
    except Exception:  # noqa: BLE001 (Pillow raises many kinds for a file it cannot read)
        return _refuse("That file is not an image we can use (JPEG, PNG or WebP).")
    name = default_storage.save(
        f"{settings.MARKDOWNX_MEDIA_PATH}{uuid.uuid4().hex}.{FORMATS[kind]}", ContentFile(buffer.getvalue())
    )
    return JsonResponse({"image_code": f"![]({default_storage.url(name)})"})


@require_POST
def preview(request):
    try:
        return HttpResponse(render_markdown(request.POST.get("content", "")))
    except ValidationError as refusal:
        return HttpResponse(refusal.messages[0], status=400, content_type="text/plain; charset=utf-8")
