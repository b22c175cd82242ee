"""Compiles our translation catalogs (bodybest/locale/*/LC_MESSAGES/django.po) into the .mo
files Django reads, with Babel (installed with django-oscar), so `make setup` needs no GNU gettext
on a fresh machine. Fuzzy entries are left out, as msgfmt leaves them out. Run:
`python -m bodybest.catalogs`."""
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parent / "locale"


def compile_all(locale=LOCALE):
    """Writes each catalog's .mo beside its .po; returns the .mo paths written."""
    written = []
    for po_path in sorted(locale.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parts[-3])
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path}")
