"""The blog editor's image upload (django-markdownx), for staff, refusing anything Pillow cannot
read as an image: markdownx trusts the browser's content type and failed with a 500 on a text
file named .png."""
from django.http import JsonResponse
from markdownx.views import ImageUploadView
from PIL import Image


class StaffImageUploadView(ImageUploadView):
    def post(self, request, *args, **kwargs):
        upload = request.FILES.get("image")
        if upload is None:
            return JsonResponse({"image": ["Choose an image to upload."]}, status=400)
        try:
            with Image.open(upload) as picture:
                picture.verify()
        except Exception:  # noqa: BLE001 (Pillow raises many kinds for a bad file)
            return JsonResponse({"image": ["That file is not an image we can use (JPEG, PNG or WebP)."]},
                                status=400)
        upload.seek(0)
        return super().post(request, *args, **kwargs)
