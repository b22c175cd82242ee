"""The French catalog covers everything a shopper can read (issue 17).

Strings are extracted afresh with Django's own `makemessages` into a copy of our catalog
(bodybest/locale/fr_CA), so a message added to a template or to Python without French fails here
before it reaches a French page in English. A msgid counts as French when our catalog translates
it (not fuzzy), or when the catalog a French page falls back to does (Oscar's "fr", Django's).

Left out on purpose, because staff read them in English and Oscar translates its own dashboard:
the dashboard templates and modules, the admin, and the two mails that go to staff (a new order,
a contact-form message). Templates are also read for text written outside translation tags.
"""
import ast
import re
import shutil
import subprocess
from pathlib import Path

import django
import oscar
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(settings.BASE_DIR)
CATALOG = ROOT / "bodybest" / "locale" / "fr_CA" / "LC_MESSAGES" / "django.po"
FALLBACKS = [
    Path(oscar.__file__).parent / "locale" / "fr" / "LC_MESSAGES" / "django.po",
    *sorted((Path(django.__file__).parent).glob("**/locale/fr/LC_MESSAGES/django.po")),
]
SKIPPED_DIRS = [".venv", "var", "tests", "node_modules", "static"]

# Staff-only: a msgid used only in these places needs no French of ours.
STAFF_ONLY = re.compile(r"dashboard|(^|/)admin\.py$|(^|/)migrations/")
STAFF_TEMPLATES = {
    "templates/checkout/email/staff_new_order.html",
    "templates/checkout/email/staff_new_order.txt",
    "templates/bodybest/email/contact_message.txt",
    "templates/bodybest/partials/french_gaps_note.html",  # staff's note, written in French already
    "templates/robots.txt",
}
# What a shopper template may hold outside translation tags: the brand, machine values.
NOT_WORDS = {"Body Best", "Body Best |", "| Body Best", "width=device-width, initial-scale=1",
             "oscar.init();", "col-lg-7", "col-12", "#123c3a", "noindex, follow", "breadcrumb",
             "summary_large_image"}


def read_po(path):
    """The entries of a .po file, obsolete ones left out: dicts with msgctxt, msgid,
    msgid_plural, msgstr (index -> text), fuzzy and refs (the "#:" places)."""
    entries, entry, key = [], None, None
    for line in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if entry is not None and "msgid" in entry and not entry["obsolete"]:
                entries.append(entry)
            entry, key = None, None
            continue
        if entry is None:
            entry = {"msgctxt": None, "msgid_plural": None, "msgstr": {}, "fuzzy": False, "refs": [],
                     "obsolete": False}
        if line.startswith("#~"):
            entry["obsolete"] = True
        elif line.startswith("#,"):
            entry["fuzzy"] = "fuzzy" in line
        elif line.startswith("#:"):
            entry["refs"] += [ref.rsplit(":", 1)[0] for ref in line[2:].split()]
        elif line.startswith('"'):
            text = ast.literal_eval(line)
            if isinstance(key, int):
                entry["msgstr"][key] += text
            else:
                entry[key] += text
        elif not line.startswith("#"):
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")$', line)
            name, index, text = match.group(1), match.group(2), ast.literal_eval(match.group(3))
            if name == "msgstr":
                key = int(index or 0)
                entry["msgstr"][key] = text
            else:
                key = name
                entry[name] = text
    return entries


# France's words, and what Quebec writes instead.
FRANCE = {r"\be-?mail": "courriel", r"\bmails?\b": "courriel", r"adresse électronique": "adresse courriel",
          r"\bTTC\b": "taxes incluses", r"\bHT\b": "avant taxes", r"éligible": "admissible",
          r"liste d'envies": "liste de souhaits", r"\bshopping\b": "magasiner", r"\bcaddie\b": "panier",
          r"\bTVA\b": "TPS, TVQ, TVH",
          # France's typography: Quebec sets no space before a question or exclamation mark or a semicolon.
          r"\S[ \xa0\u202f]+[?!;]": "no space before ?, ! or ;"}


def france_words(text):
    """The Quebec words to write instead of France's in ``text`` (placeholders left aside)."""
    text = re.sub(r"%\(\w+\)s|{\w+}", "X", text)
    return [quebec for pattern, quebec in FRANCE.items() if re.search(pattern, text, re.IGNORECASE)]


def translated(entry):
    return not entry["fuzzy"] and bool(entry["msgstr"]) and all(entry["msgstr"].values())


def name(entry):
    return (entry["msgctxt"], entry["msgid"])


def fresh_extraction(tmp_path, monkeypatch):
    """Our catalog after `makemessages` over a temporary copy of the project's sources as they
    are now (makemessages writes into every locale folder it walks past, so never the real one)."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*SKIPPED_DIRS, ".git", "__pycache__", "*.mo"))
    monkeypatch.chdir(copy)
    locale = copy / CATALOG.relative_to(ROOT).parents[2]
    with override_settings(LOCALE_PATHS=[locale]):
        call_command("makemessages", locale=["fr_CA"], ignore_patterns=SKIPPED_DIRS, no_obsolete=True,
                     verbosity=0)
    return read_po(copy / CATALOG.relative_to(ROOT))


def test_every_shopper_facing_message_has_french(tmp_path, monkeypatch):
    """Ours, or Oscar's or Django's where that French is Quebec's too."""
    fallback = {}
    for path in FALLBACKS:
        for entry in read_po(path) if path.exists() else ():
            if translated(entry):
                fallback.setdefault(name(entry), " ".join(entry["msgstr"].values()))
    missing = []
    for entry in fresh_extraction(tmp_path, monkeypatch):
        if not entry["msgid"] or translated(entry) or all(STAFF_ONLY.search(r) for r in entry["refs"]):
            continue
        where = ", ".join(sorted(set(entry["refs"]))[:2])
        if name(entry) not in fallback:
            missing.append(f"{entry['msgid']!r} ({where})")
        elif france_words(fallback[name(entry)]):
            missing.append(f"{entry['msgid']!r} ({where}): Oscar's French reads as France "
                           f"({', '.join(france_words(fallback[name(entry)]))}); add it to "
                           "bodybest/quebec_french.py")
    assert not missing, "No Quebec French in bodybest/locale/fr_CA for:\n" + "\n".join(missing)


def test_the_catalog_has_no_fuzzy_entries_and_compiles():
    fuzzy = [e["msgid"] for e in read_po(CATALOG) if e["fuzzy"] and e["msgid"]]
    assert not fuzzy, "Fuzzy (guessed) French to check and confirm:\n" + "\n".join(map(repr, fuzzy))
    checked = subprocess.run(["msgfmt", "--check-format", "-o", "/dev/null", str(CATALOG)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_our_french_is_quebec_french():
    """No word a Quebec shopper reads as France's; the taxes by their Quebec names."""
    found = [f"{e['msgid']!r}: {text!r} (write {', '.join(france_words(text))})"
             for e in read_po(CATALOG) if e["msgid"] for text in e["msgstr"].values() if france_words(text)]
    assert not found, "\n".join(found)
    ours = {e["msgid"]: e["msgstr"].get(0) for e in read_po(CATALOG)}
    assert (ours["GST"], ours["QST"], ours["HST"]) == ("TPS", "TVQ", "TVH")
    assert ours["Continue shopping"] == "Continuer à magasiner"
    assert ours["Email address"] == "Adresse courriel"


_COMMENTS = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}|<!--.*?-->|<script\b.*?</script>"
                       r"|<style\b.*?</style>", re.S)
_BLOCKTRANS = re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S)
_TAGS = re.compile(r"{%.*?%}|{{.*?}}", re.S)
_ATTRIBUTES = re.compile(r'\b(?:alt|title|aria-label|placeholder)="([^"]*[A-Za-z][^"]*)"')


def plain_text(source):
    """Words a template shows outside translation tags: text between HTML tags, and the alt,
    title, aria-label and placeholder attributes."""
    source = _BLOCKTRANS.sub(" ", _COMMENTS.sub(" ", source))
    attributes = _ATTRIBUTES.findall(_TAGS.sub("", source))
    text = re.sub(r"<[^>]*>|&\w+;", "\n", _TAGS.sub(" ", source))
    lines = [line.strip() for line in text.splitlines()] + [a.strip() for a in attributes]
    return [line for line in lines if re.search(r"[A-Za-z]{2,}", line) and line not in NOT_WORDS]


def shopper_templates():
    for path in sorted((ROOT / "templates").rglob("*")):
        relative = path.relative_to(ROOT).as_posix()
        if path.suffix in (".html", ".txt") and "/dashboard/" not in relative and relative not in STAFF_TEMPLATES:
            yield relative, path


def test_shopper_templates_show_no_words_outside_translation_tags():
    untagged = [f"{relative}: {line!r}" for relative, path in shopper_templates()
                for line in plain_text(path.read_text(encoding="utf-8"))]
    assert not untagged, "Wrap these in {% trans %} or {% blocktrans %}:\n" + "\n".join(untagged)


def test_the_template_check_finds_untagged_words_and_passes_tagged_ones():
    assert plain_text('<p title="Your cart">Hello {{ name }}</p>') == ["Hello", "Your cart"]
    assert plain_text('{% load i18n %}<p>{% trans "Hello" %} {% blocktrans %}Hi {{ n }}{% endblocktrans %}</p>') == []
