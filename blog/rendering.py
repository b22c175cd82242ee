"""Article bodies: Markdown in, sanitized HTML out, through the sanitizer every piece of
staff-written HTML shares (bodybest/staff_html.py)."""
import re

import markdown
from django.core.exceptions import ValidationError

from blog.markdown_limits import check_nesting
from bodybest.staff_html import clean_staff_html

_H1 = re.compile(r"<(/?)h1(\s[^>]*)?>")


def sanitize(html):
    return clean_staff_html(html)


def render_markdown(text):
    """Markdown to safe HTML. Also the editor's live preview (MARKDOWNX_MARKDOWNIFY_FUNCTION).
    The page's title is its only h1, so a ``# Heading`` in the body becomes an h2. Text nested
    past blog/markdown_limits.py's limits raises ValidationError before Markdown runs."""
    check_nesting(text)
    try:
        html = markdown.markdown(text or "", extensions=["extra", "sane_lists"], output_format="html")
    except RecursionError:  # a structure the limits do not foresee: refused all the same
        raise ValidationError("This text is nested too deeply to show. Please simplify it.",
                              code="too_deep") from None
    return sanitize(_H1.sub(r"<\1h2\2>", html))


def reading_minutes(text, words_per_minute=200):
    """Minutes to read, rounded up, at least 1."""
    words = len((text or "").split())
    return max(1, -(-words // words_per_minute))
