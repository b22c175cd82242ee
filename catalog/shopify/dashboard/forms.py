"""The upload form of the dashboard's Shopify imports: which export, the file, and for products
the category mapping. A file is refused here, with a message staff can act on, unless the
kind's own reading of it (kinds.py) succeeds."""
import csv
import tempfile
from pathlib import PurePath

from django import forms
from django.conf import settings

from catalog.shopify import kinds


class UploadForm(forms.Form):
    kind = forms.ChoiceField(label="What the file holds", choices=kinds.choices)
    file = forms.FileField(label="Shopify export")
    mapping = forms.FileField(
        label="Category mapping (optional, products only)", required=False,
        help_text="CSV with the columns source, value and category, as for the command's --categories.")

    def clean(self):
        data = super().clean()
        kind = kinds.KINDS.get(data.get("kind"))
        if kind is None:
            return data
        if data.get("file"):
            self._check(data["file"], "file", kind.extensions, kind.check, what=f"a Shopify {kind.unit} export")
        if data.get("mapping"):
            if not kind.takes_mapping:
                self.add_error("mapping", f"Only products take a category mapping, not {kind.key}.")
            else:
                self._check(data["mapping"], "mapping", (".csv",), kinds.check_mapping, what="a category mapping")
        return data

    def _check(self, upload, field, extensions, check, *, what):
        """Refuses a file of the wrong type, size or encoding, or one ``check`` cannot read."""
        limit = settings.SHOPIFY_IMPORT_MAX_MB
        if PurePath(upload.name).suffix.lower() not in extensions:
            self.add_error(field, f"{upload.name} is not {what}: expected a {' or '.join(extensions)} file.")
            return
        if upload.size > limit * 1024 * 1024:
            self.add_error(field, f"{upload.name} is larger than {limit} MB; "
                                  "split the export or run manage.py import_shopify on the server.")
            return
        content = b"".join(upload.chunks())
        upload.seek(0)
        if b"\x00" in content:
            self.add_error(field, f"{upload.name} is not a text file.")
            return
        try:
            content.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.add_error(field, f"{upload.name} is not UTF-8 text; export it again from Shopify "
                                  "(or save it as \"CSV UTF-8\").")
            return
        with tempfile.NamedTemporaryFile(suffix=PurePath(upload.name).suffix) as copy:
            copy.write(content)
            copy.flush()
            try:
                check(copy.name)
            except (ValueError, csv.Error) as error:
                # The reading names the file it read: the temporary copy, not the staff's file.
                message = str(error).replace(copy.name, upload.name)
                self.add_error(field, message if upload.name in message else f"{upload.name}: {message}")
