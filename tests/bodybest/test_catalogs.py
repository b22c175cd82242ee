"""Our catalog compiled by Babel (bodybest/catalogs.py) reads as msgfmt's would: the French of each
message, plural forms, and nothing from a fuzzy entry."""
import gettext
import shutil

from bodybest import catalogs


def test_the_compiled_catalog_gives_the_french_and_leaves_fuzzy_entries_out(tmp_path):
    shutil.copytree(catalogs.LOCALE, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    po = tmp_path / "locale" / "fr_CA" / "LC_MESSAGES" / "django.po"
    po.write_text(po.read_text(encoding="utf-8") + '\n#, fuzzy\nmsgid "A test sentence"\nmsgstr "Une phrase à revoir"\n',
                  encoding="utf-8")
    [mo] = catalogs.compile_all(tmp_path / "locale")
    with mo.open("rb") as mo_file:
        french = gettext.GNUTranslations(mo_file)
    assert french.gettext("Back in stock: %(title)s") == "De retour en stock : %(title)s"
    assert french.gettext("Login or register") == "Se connecter"
    assert french.gettext("A test sentence") == "A test sentence"  # fuzzy: not used
    assert french.info()["plural-forms"].startswith("nplurals=2")
