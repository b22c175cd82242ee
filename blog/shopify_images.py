"""The pictures of an article from the old Shopify blog, taken from a local folder by file name
(``--images DIR``), as the product import takes its pictures (catalog/shopify/saving.py).

Shopify's HTML points at its own CDN, which closes with the store and which our
Content-Security-Policy does not load from (``img-src 'self'``). So each picture in an article's
body is copied from the folder into our media and the body points at the copy; one not in the
folder is left out of the body and named in the report. The hero picture is the entry's media
element, else the body's first picture (then shown as the hero, not twice). Every picture is
checked as uploads are (bodybest/images.py) before it is kept.
"""
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import default_storage

from bodybest.images import check_image
from catalog.shopify.mapping import file_name

BODY_FOLDER = "blog/imported/"
_IMG = re.compile(r"<img\b[^>]*>")
_ATTRIBUTE = r'\s{}="([^"]*)"'
_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>\n?")  # where the hero picture stood


@dataclass
class Pictures:
    body: str
    stored: dict  # file name → storage name of each body picture kept
    hero: str = ""  # the hero's file name
    hero_alt: str = ""
    warnings: list = field(default_factory=list)  # reasons


class Folder:
    """The ``--images`` folder. In a dry run nothing is written to the media storage."""

    def __init__(self, images_dir=None, *, dry_run=False):
        self.root = Path(images_dir) if images_dir else None
        self.dry_run = dry_run

    def pictures(self, clean_body, *, media_image="", known=None):
        """The sanitised body with its pictures pointing at our copies (``known``: the file
        names already copied by an earlier import and where), and the hero's file name."""
        known = dict(known or {})
        result = Pictures(body=clean_body, stored={})
        tags = _IMG.findall(clean_body)
        if media_image:
            result.hero = file_name(media_image)
        elif tags:
            result.hero, result.hero_alt = _file_of(tags[0]), _attribute(tags[0], "alt")
            result.body = _EMPTY_PARAGRAPH.sub("", result.body.replace(tags[0], "", 1), count=1)
            tags = tags[1:]
        for tag in tags:
            name = _file_of(tag)
            if not name:
                continue
            stored = known.get(name) if known.get(name) and default_storage.exists(known[name]) else None
            stored = stored or self._copy(name, result.warnings)
            if stored:
                result.stored[name] = stored
                new_tag = tag.replace(f'src="{_attribute(tag, "src", raw=True)}"',
                                      f'src="{html.escape(default_storage.url(stored))}"', 1)
            else:
                new_tag = ""
            result.body = result.body.replace(tag, new_tag, 1)
        return result

    def find(self, name, warnings, what="picture"):
        """The folder's file of that name, checked, or None with the reason in ``warnings``."""
        path = self.root / name if self.root and name and "/" not in name else None
        if path is None or not path.is_file():
            where = f"in {self.root}" if self.root else "(no --images folder given)"
            warnings.append(f"Image {name} not found {where}; the article came in without this {what}.")
            return None
        try:
            with path.open("rb") as data:
                check_image(data)
        except ValidationError as refusal:
            warnings.append(f"Image {name} was not used: {refusal.messages[0]}")
            return None
        return path

    def _copy(self, name, warnings):
        path = self.find(name, warnings)
        if path is None:
            return None
        if self.dry_run:
            return BODY_FOLDER + name
        with path.open("rb") as data:
            return default_storage.save(BODY_FOLDER + name, File(data))


def _attribute(tag, name, raw=False):
    found = re.search(_ATTRIBUTE.format(name), tag)
    value = found.group(1) if found else ""
    return value if raw else html.unescape(value)


def _file_of(tag):
    src = _attribute(tag, "src")
    return file_name(src) if src else ""
