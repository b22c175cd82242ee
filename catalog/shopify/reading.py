"""Reading Shopify's product CSV export.

Shopify writes UTF-8, sometimes with a byte-order mark (Excel adds one when the file is saved
again), and quotes fields holding commas or line breaks (HTML bodies). ``csv`` with
``newline=""`` keeps a quoted line break inside its field whatever the line endings."""
import csv
from dataclasses import dataclass, field

# The columns the product export documents and this import reads.
HANDLE = "Handle"
REQUIRED_COLUMNS = ("Handle", "Title")


@dataclass
class Row:
    number: int  # as a spreadsheet numbers it: the header is row 1
    values: dict

    def get(self, column):
        return (self.values.get(column) or "").strip()


@dataclass
class Group:
    handle: str
    rows: list = field(default_factory=list)


def read_rows(path, required=REQUIRED_COLUMNS, kind="product"):
    """Every data row of the export, numbered; raises ``ValueError`` when a ``required`` column
    is missing (the file is not a ``kind`` export: product, or customer for customers.py)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"Not a Shopify {kind} export: no {', '.join(missing)} column.")
        return [Row(number, values) for number, values in enumerate(reader, start=2)]


def group_by_handle(rows):
    """Rows in groups of one handle, in the order handles first appear, and the rows without a
    handle (refused by the caller). Later rows of a handle need not follow its first row."""
    groups, orphans = {}, []
    for row in rows:
        handle = row.get(HANDLE)
        if not handle:
            orphans.append(row)
            continue
        groups.setdefault(handle, Group(handle)).rows.append(row)
    return list(groups.values()), orphans
