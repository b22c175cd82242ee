"""The storefront's cut of Oscar's stylesheet (static/bodybest/css/oscar-used.css, made by
`make css` with PurgeCSS) must still hold every rule our markup asks for.

A class written in a template or a script of ours that Oscar's full stylesheet styles, but the
committed cut lacks, means someone used a class after the file was last made: run `make css`.
Font Awesome is left out on purpose (storefront icons are inline SVG), so our storefront
templates must not ask for it either. No Node needed: the files are read as text.
"""
import re
from pathlib import Path

import oscar

ROOT = Path(__file__).resolve().parents[2]
FULL = Path(oscar.__file__).parent / "static" / "oscar" / "css" / "styles.css"
PURGED = ROOT / "static" / "bodybest" / "css" / "oscar-used.css"
FONT_AWESOME = re.compile(r"^fa[srbld]?$|^fa-")
CLASS_NAME = re.compile(r"^-?[A-Za-z_][\w-]*$")


def stylesheet_classes(css):
    """Class names that selectors in ``css`` mention."""
    css = re.sub(r"/\*.*?\*/", " ", css, flags=re.S)
    css = re.sub(r"url\([^)]*\)", " ", css)
    css = re.sub(r'"[^"]*"|\'[^\']*\'', " ", css)  # content: "…", attribute values
    selectors = re.findall(r"([^{}]+)\{", css)
    return {name for selector in selectors for name in re.findall(r"\.(-?[A-Za-z_][\w-]*)", selector)}


def template_classes(html):
    """Class names written in the class attributes of a Django template; the parts that come
    from template variables or tags are left out."""
    names = set()
    for value in re.findall(r'\bclass\s*=\s*"([^"]*)"', html) + re.findall(r"\bclass\s*=\s*'([^']*)'", html):
        value = re.sub(r"{%.*?%}|{{.*?}}", "\x00", value)
        for token in value.split():
            if "\x00" not in token and CLASS_NAME.match(token):
                names.add(token)
    return names


def script_classes(js):
    """Class names a script adds, removes or looks for (classList calls, selectors in strings)."""
    names = set()
    for call in re.findall(r"classList\.(?:add|remove|toggle|contains|replace)\(([^)]*)\)", js):
        names.update(re.findall(r"[\"']([\w-]+)[\"']", call))
    for string in re.findall(r"\"([^\"\n]*)\"|'([^'\n]*)'", js):
        text = "".join(string)
        if re.search(r"[.#\[]", text):
            names.update(re.findall(r"\.(-?[A-Za-z_][\w-]*)", text))
    return names


def is_storefront_template(path):
    parts = path.relative_to(ROOT / "templates").parts
    return "dashboard" not in parts and parts[0] != "admin"


def our_classes():
    used = {}
    for path in sorted((ROOT / "templates").rglob("*.html")):
        if not is_storefront_template(path):
            continue  # the dashboard keeps Oscar's full dashboard stylesheet
        for name in template_classes(path.read_text()):
            used.setdefault(name, path.relative_to(ROOT))
    for path in sorted((ROOT / "static" / "bodybest" / "js").glob("*.js")):
        for name in script_classes(path.read_text()):
            used.setdefault(name, path.relative_to(ROOT))
    return used


def missing_from_cut(used, full_css, purged_css):
    """Classes in ``used`` that the full stylesheet styles and the cut does not (Font Awesome's
    left out on purpose)."""
    full, purged = stylesheet_classes(full_css), stylesheet_classes(purged_css)
    return sorted(name for name in used if name in full and name not in purged and not FONT_AWESOME.match(name))


def test_every_oscar_class_our_templates_and_scripts_use_is_in_the_committed_cut():
    used = our_classes()
    missing = missing_from_cut(used, FULL.read_text(), PURGED.read_text())
    assert not missing, "Missing from oscar-used.css (run `make css`): " + ", ".join(
        f"{name} ({used[name]})" for name in missing)


def test_the_check_finds_a_class_the_cut_lost():
    full = ".btn{color:red}.btn-primary:hover{color:blue}.fa-star:before{content:\"\\f005\"}"
    cut = ".btn{color:red}"
    used = template_classes('<a class="btn btn-primary {% if x %}active{% endif %} fas fa-star">')
    assert used == {"btn", "btn-primary", "fas", "fa-star"}
    assert missing_from_cut(used, full, cut) == ["btn-primary"]
    assert script_classes('el.classList.add("show"); document.querySelector(".dropdown-menu")') == {
        "show", "dropdown-menu"}


def test_the_cut_is_far_smaller_than_oscars_stylesheet_and_has_no_font_awesome():
    purged = PURGED.read_text()
    assert len(purged) < len(FULL.read_text()) / 3
    assert "@font-face" not in purged
    assert not [name for name in stylesheet_classes(purged) if FONT_AWESOME.match(name)]


def test_storefront_templates_draw_icons_without_font_awesome():
    users = [
        str(path.relative_to(ROOT)) for path in sorted((ROOT / "templates").rglob("*.html"))
        if is_storefront_template(path)
        and any(FONT_AWESOME.match(name) for name in template_classes(path.read_text()))
    ]
    assert not users, "Use {% icon %} (bodybest/templatetags/icons.py) instead of Font Awesome in: " + ", ".join(users)
