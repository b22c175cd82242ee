"""Product comparison rules: plain functions over product ids, slugs and display strings.

No database and no request here; catalog/comparison_list.py stores the list and
catalog/comparison_views.py serves it. A list is a tuple of distinct product ids (ints) in the
order the shopper chose them, never longer than MAX_ITEMS.
"""
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_ITEMS = 3
EM_DASH = "\u2014"
MAX_ID = 2**31 - 1  # the largest primary key any supported database stores

# A share link names products by slug; Oscar's slugs are at most 255 characters.
MAX_SLUG_LENGTH = 255
MAX_SHARE_LENGTH = MAX_ITEMS * (MAX_SLUG_LENGTH + 1)
_SLUG = re.compile(r"^[-\w]+$")

SLOT_PROMPTS = (
    gettext_lazy("Select first item to compare"),
    gettext_lazy("Select second item to compare"),
    gettext_lazy("Select third item to compare"),
)

# What a change did to the list.
ADDED = "added"
ALREADY = "already"
FULL = "full"
REMOVED = "removed"
ABSENT = "absent"
REPLACED = "replaced"


@dataclass(frozen=True)
class Change:
    ids: tuple
    outcome: str


class ShareLinkError(ValueError):
    """A share link that cannot name a comparison; the message is shown to the shopper."""


def clean_ids(raw):
    """The ids of a stored list, made safe: distinct positive ints, in order, at most MAX_ITEMS.

    Stored data may have been tampered with (strings, floats, nesting, a thousand entries);
    whatever is not a usable id is dropped, never raised.
    """
    if not isinstance(raw, (list, tuple)):
        return ()
    ids = []
    for value in raw:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
            continue
        if value not in ids:
            ids.append(value)
        if len(ids) == MAX_ITEMS:
            break
    return tuple(ids)


def add_item(ids, product_id):
    """Add a product at the end. A product already listed leaves the list as it is; a fourth
    is refused (outcome FULL) and the list keeps the three already chosen."""
    ids = tuple(ids)
    if product_id in ids:
        return Change(ids, ALREADY)
    if len(ids) >= MAX_ITEMS:
        return Change(ids, FULL)
    return Change(ids + (product_id,), ADDED)


def remove_item(ids, product_id):
    """Take a product out; the others keep their order."""
    ids = tuple(ids)
    if product_id not in ids:
        return Change(ids, ABSENT)
    return Change(tuple(i for i in ids if i != product_id), REMOVED)


def replace_item(ids, old_id, new_id):
    """Put ``new_id`` in the slot of ``old_id``. If ``old_id`` is not listed (another tab removed
    it), this is an add; if ``new_id`` is already listed, nothing changes."""
    ids = tuple(ids)
    if new_id in ids:
        return Change(ids, ALREADY)
    if old_id not in ids:
        return add_item(ids, new_id)
    return Change(tuple(new_id if i == old_id else i for i in ids), REPLACED)


def merge_lists(chosen_now, saved):
    """The list after login: what the shopper chose while signed out comes first (it is what
    they are doing now), then the account's saved items while there is room.

    Returns (ids, left_out): ``left_out`` are saved ids that did not fit.
    """
    ids = list(clean_ids(chosen_now))
    left_out = []
    for product_id in clean_ids(saved):
        if product_id in ids:
            continue
        if len(ids) < MAX_ITEMS:
            ids.append(product_id)
        else:
            left_out.append(product_id)
    return tuple(ids), tuple(left_out)


def can_compare(count):
    """The Compare button works with two or three products."""
    return 2 <= count <= MAX_ITEMS


def tray_status(count):
    """The line above the tray's slots."""
    if count <= 0:
        return ""
    if count == 1:
        return _("Select 2 or 3 items to compare")
    return _("%(count)d of %(max)d items selected") % {"count": min(count, MAX_ITEMS), "max": MAX_ITEMS}


def empty_slot_prompts(count):
    """Prompts for the slots still empty, the first empty slot first."""
    return list(SLOT_PROMPTS[min(max(count, 0), MAX_ITEMS):])


def full_message(title):
    """What a shopper reads when a fourth product is refused."""
    return _(
        "You can compare up to %(max)d items. "
        "Replace one of them with %(title)s, or keep your list as it is."
    ) % {"max": MAX_ITEMS, "title": title}


def parse_share_slugs(raw):
    """The product slugs of a share link (``?products=slug-a,slug-b``), in order, duplicates dropped.

    Raises ShareLinkError for a link longer than three slugs could be, more than MAX_ITEMS
    products, or a part that is not a slug.
    """
    raw = raw or ""
    if len(raw) > MAX_SHARE_LENGTH:
        raise ShareLinkError(_("This comparison link is too long to be one of ours."))
    slugs = []
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        if len(part) > MAX_SLUG_LENGTH or not _SLUG.match(part):
            raise ShareLinkError(_("This comparison link names a product in a way we do not recognise."))
        if part not in slugs:
            slugs.append(part)
    if len(slugs) > MAX_ITEMS:
        raise ShareLinkError(_("A comparison holds at most %(max)d products.") % {"max": MAX_ITEMS})
    return slugs


def share_query(slugs):
    """The ``products`` value of a share link."""
    return ",".join(slugs)


@dataclass(frozen=True)
class SpecRow:
    code: str
    name: str
    values: tuple
    differs: bool


def specification_rows(columns, attribute_order):
    """One row per specification, for products shown side by side.

    ``columns`` holds, per product in column order, a dict of attribute code to the value as
    shown. ``attribute_order`` lists (code, name) in the order the products' classes define
    them, the first product's class first. Rows are the union of the products' attributes:
    those at least two products have, in that order, then those only one product has, in that
    order. A product without the attribute shows an em dash. ``differs`` is true when the
    values shown are not all the same.
    """
    names = {}
    for code, name in attribute_order:
        names.setdefault(code, name)
    for column in columns:
        for code in column:
            names.setdefault(code, code)
    shared, single = [], []
    for code, name in names.items():
        holders = sum(1 for column in columns if code in column)
        if not holders:
            continue
        values = tuple(str(column.get(code, EM_DASH)) for column in columns)
        row = SpecRow(code, name, values, len(set(values)) > 1)
        (shared if holders > 1 else single).append(row)
    return shared + single
