"""`{% icon %}` (bodybest/templatetags/icons.py): decorative inline SVG in the text's colour."""
import re
from pathlib import Path

import pytest
from django.template import Context, Template, TemplateSyntaxError

from bodybest.templatetags.icons import PATHS


def render(source):
    return Template("{% load icons %}" + source).render(Context())


def test_an_icon_is_inline_svg_hidden_from_screen_readers_in_the_text_colour():
    svg = render('{% icon "search" %}')
    assert svg.startswith('<svg class="icon icon-search" width="1em" height="1em" viewBox="0 0 16 16"')
    assert 'fill="currentColor"' in svg and 'aria-hidden="true"' in svg and 'focusable="false"' in svg
    assert f'd="{PATHS["search"]}"' in svg


def test_every_icon_our_templates_name_exists():
    root = Path(__file__).resolve().parents[2] / "templates"
    named = {name for path in root.rglob("*.html") for name in re.findall(r'{% icon "([\w-]+)" %}', path.read_text())}
    assert named and named <= set(PATHS), sorted(named - set(PATHS))


def test_an_unknown_icon_fails_loudly():
    with pytest.raises(TemplateSyntaxError, match="Unknown icon 'serch'"):
        render('{% icon "serch" %}')
